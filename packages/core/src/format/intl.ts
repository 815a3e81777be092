import type { Locale } from '../i18n/locale.js';

/** The region whose conventions each language uses ("79,5%" in Dutch, "79.5%" in English). */
export const REGION_TAG: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar-u-nu-latn', tr: 'tr-TR', pl: 'pl-PL', uk: 'uk-UA' };

const cache = new Map<string, unknown>();

/** Intl formatters are costly to create; keep one per kind, locale and option set. */
export function cachedFormatter<T>(kind: string, locale: Locale, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}
