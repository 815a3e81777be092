import { SOURCE_LOCALE, type Locale } from './locale.js';

/** The language a missing translation falls back to before Dutch, the source. */
export const FALLBACK_LOCALE: Locale = 'en';

/**
 * Where a message is looked up, in order: the locale itself, then English; Dutch (the
 * source text in the code) comes last and needs no catalogue.
 */
export function fallbackChain(locale: Locale): Locale[] {
  if (locale === SOURCE_LOCALE) return [];
  return locale === FALLBACK_LOCALE ? [locale] : [locale, FALLBACK_LOCALE];
}
