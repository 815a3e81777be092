import type { Locale } from '../i18n/locale.js';
import { cachedFormatter, REGION_TAG } from './intl.js';
import { pickLocale, type InLocales } from '../text.js';

/** What a statistic counts; decides how its value is written. */
export type StatUnit = 'percent' | 'number' | 'people' | 'euro';

const LARGE_WORDS: InLocales<{ million: string; billion: string }> = {
  nl: { million: 'miljoen', billion: 'miljard' },
  en: { million: 'million', billion: 'billion' },
};

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter('number', locale, options, () => new Intl.NumberFormat(REGION_TAG[locale], options));
}

/** A plain number with the locale's grouping and decimal mark ("100.000", "2,5"). */
export function formatNumber(value: number, locale: Locale, maximumFractionDigits = 1): string {
  const text = numberFormat(locale, { maximumFractionDigits }).format(value);
  // A small negative value rounds to "-0"; nobody writes that.
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/** A percentage given as 0–100 ("79%", "4,5%"). */
export function formatPercent(value: number, locale: Locale): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/**
 * Millions and billions in words, as people say them ("18,2 miljoen", "9.8 million");
 * smaller numbers in full with grouping ("682", "100.000").
 */
export function formatCount(value: number, locale: Locale): string {
  const size = Math.abs(value);
  // Decide on the rounded figure: 999.960.000 is "1 miljard", not "1.000 miljoen".
  if (size >= 1e9 || Math.round(size / 1e5) >= 1e4) return `${formatNumber(value / 1e9, locale)} ${pickLocale(LARGE_WORDS, locale).billion}`;
  if (size >= 1e6) return `${formatNumber(value / 1e6, locale)} ${pickLocale(LARGE_WORDS, locale).million}`;
  return formatNumber(value, locale, 1);
}

/**
 * An amount in euros; cents only when the amount has them ("€ 25", "€ 2,50"); millions
 * in words, as people say them ("€ 2 miljoen").
 */
export function formatEuro(value: number, locale: Locale): string {
  // Dutch puts a (no-break) space after the sign, English none: "€ 2 miljoen", "€2 million".
  if (Math.abs(value) >= 1e6) return `€${locale === 'nl' ? '\u00a0' : ''}${formatCount(value, locale)}`;
  const cents = !Number.isInteger(value);
  return numberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(value);
}

/** A statistic's value written for its unit. */
export function formatStatValue(value: number, unit: StatUnit, locale: Locale): string {
  switch (unit) {
    case 'percent':
      return formatPercent(value, locale);
    case 'euro':
      return formatEuro(value, locale);
    default:
      return formatCount(value, locale);
  }
}
