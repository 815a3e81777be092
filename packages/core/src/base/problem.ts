import { msg, str } from '@lit/localize';

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

/** The visitor's message for the shared problem codes; call inside withLocale(). */
export function problemMessage(problem: Problem): string {
  switch (problem.code) {
    case 'network':
      return msg('De gegevens konden niet worden opgehaald. Controleer je internetverbinding en probeer het opnieuw.');
    case 'timeout':
      return msg('Het ophalen van de gegevens duurt te lang. Probeer het later opnieuw.');
    case 'http':
      return msg(
        str`De gegevens zijn nu niet te vinden (foutcode ${problem.detail ?? '?'}). Probeer het later opnieuw. Blijft dit zo? Laat het de beheerder van deze website weten.`,
      );
    case 'parse':
      return msg('De gegevens kunnen niet worden gelezen. Laat het de beheerder van deze website weten.');
    case 'invalid':
      return msg('Er staan geen bruikbare gegevens in het bestand. Laat het de beheerder van deze website weten.');
    default:
      return msg('Er ging iets mis in dit onderdeel. Laad de pagina opnieuw.');
  }
}
