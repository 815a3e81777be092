import { FALLBACK_LOCALE } from './i18n/fallback.js';
import type { Locale } from './i18n/locale.js';

/**
 * Words in more languages, as data carries them: Dutch always, others when there
 * (`{ "nl": …, "en": …, "ar": … }`).
 */
export type InLocales<T> = { readonly nl: T } & { readonly [L in Locale]?: T };

/**
 * The one way to read an `InLocales` record: the element's locale, else English, else
 * Dutch (which every record has). Vocabulary, labels and question sets all come through here.
 */
export function pickLocale<T>(record: InLocales<T>, locale: Locale): T {
  return record[locale] ?? record[FALLBACK_LOCALE] ?? record.nl;
}

/** Text from data: one string, or one per language. Always plain text, never HTML. */
export type LocalizedText = string | InLocales<string>;

/** The text in the visitor's language, falling back to English, then Dutch. */
export function localizedText(text: LocalizedText | undefined, locale: Locale): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  return pickLocale(text, locale) ?? '';
}
