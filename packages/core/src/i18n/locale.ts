/**
 * The languages every widget speaks. Dutch is the source language; a missing translation
 * falls back to English, then Dutch. Arabic is written right to left.
 */
export const LOCALES = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'nl';

/**
 * Maps a BCP 47 tag ("en-GB", "NL", "nl_BE") to a supported locale, or undefined.
 * Only the primary subtag matters: regional variants share one translation.
 */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}

/**
 * The widget's language: its own `lang` attribute, else the page's `<html lang>`, else Dutch.
 * `invalid` is set when the widget's own attribute names a language we do not have,
 * so the caller can warn the webmaster.
 */
export function resolveLocale(
  ownLang: string | null | undefined,
  pageLang: string | null | undefined,
): { locale: Locale; invalid: boolean } {
  const page = toLocale(pageLang) ?? SOURCE_LOCALE;
  if (ownLang?.trim()) {
    const own = toLocale(ownLang);
    // An unknown language on the element falls back as if the attribute were absent.
    return own ? { locale: own, invalid: false } : { locale: page, invalid: true };
  }
  return { locale: page, invalid: false };
}
