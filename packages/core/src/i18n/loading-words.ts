import type { Locale } from './locale.js';

/**
 * The loading message in every language, built in: a widget shows it while its
 * language's catalogue is still on its way, so it must not wait for that catalogue.
 */
const LOADING: Record<Locale, string> = {
  nl: 'Bezig met laden…',
  en: 'Loading…',
  ar: 'جارٍ التحميل…',
  tr: 'Yükleniyor…',
  pl: 'Ładowanie…',
  uk: 'Завантаження…',
};

/** "Bezig met laden…" in `locale`. */
export function loadingWords(locale: Locale): string {
  return LOADING[locale];
}
