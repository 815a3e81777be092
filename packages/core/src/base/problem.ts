/**
 * What went wrong, as a code the host page can act on (`dv-error`) and a message the
 * visitor can read. Widgets add their own codes.
 */
export interface Problem {
  code: string;
  /** Extra words for the message, e.g. the HTTP status or the unknown id. */
  detail?: string;
  /** Show a "try again" button: the cause may pass (network, server). */
  retry?: boolean;
}

/** Codes for which trying again can help. */
export const RETRYABLE = new Set(['network', 'timeout', 'http']);
