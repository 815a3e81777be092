import type { Locale } from '../i18n/locale.js';
import { directionOf } from '../i18n/translator.js';

/** Unicode's directional isolates (UAX #9). */
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * A value set inside a sentence of a right-to-left language (Arabic), kept in its own
 * direction: `ltr` for what always reads left to right (a phone number: "071 123 45 67"
 * would otherwise show its groups in reverse order), `auto` for a name or a postcode
 * with a place ("3511 AB Utrecht", or an Arabic word for "your location"), which its own
 * first letter decides. In a left-to-right language the text comes back unchanged.
 * For HTML, use `<bdi>` (or `dir="ltr"`) instead; this is for plain strings (messages
 * with placeholders, accessible names).
 */
export function isolateIn(locale: Locale, text: string, kind: 'ltr' | 'auto' = 'auto'): string {
  if (!text || directionOf(locale) !== 'rtl') return text;
  return `${kind === 'ltr' ? LRI : FSI}${text}${PDI}`;
}
