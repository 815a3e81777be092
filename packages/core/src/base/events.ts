import type { DataReport } from '../data/report.js';
import type { Locale } from '../i18n/locale.js';

/** `dv-ready`: the widget shows its data. `count` is how many things it shows. */
export interface DvReadyDetail {
  readonly count: number;
  /** What was read from `src`: records shown and left out, with reasons. Only when the data came from `src`. */
  readonly report?: DataReport;
}

/** `dv-error`: something went wrong and the widget shows it. */
export interface DvErrorDetail {
  /** A stable code the host page can act on (`network`, `http`, `not-found`, …). */
  readonly code: string;
  /** The message the visitor reads, in the widget's language. */
  readonly message: string;
}

/** `dv-language-change`: the visitor chose another language in the widget (`languages`). */
export interface DvLanguageChangeDetail {
  /** The language the widget speaks now (`nl`, `en`, `ar`, `tr`, `pl` or `uk`). */
  readonly locale: Locale;
}

/**
 * Every `dv-*` event with the type of its `detail`. Widget packages add their own events
 * to this interface (declaration merging), so `emit()` accepts only known names with the
 * right detail.
 */
export interface DvEventDetails {
  'dv-ready': DvReadyDetail;
  'dv-error': DvErrorDetail;
  'dv-language-change': DvLanguageChangeDetail;
}

/**
 * Fires a bubbling, composed `dv-*` event, the way every widget event travels: it leaves
 * the shadow root so the host page can listen on the element or on `document`.
 */
export function dispatchDvEvent<K extends keyof DvEventDetails>(target: EventTarget, type: K, detail: DvEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'dv-ready': CustomEvent<DvReadyDetail>;
    'dv-error': CustomEvent<DvErrorDetail>;
    'dv-language-change': CustomEvent<DvLanguageChangeDetail>;
  }
}
