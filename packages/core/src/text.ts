import type { Locale } from './i18n/locale.js';

/** Text from data: one string, or one per language. Always plain text, never HTML. */
export type LocalizedText = string | { nl: string; en?: string };

/** The text in the visitor's language, falling back to Dutch, which every text has. */
export function localizedText(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.nl ?? '';
}
