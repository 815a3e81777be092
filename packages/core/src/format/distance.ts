import type { Locale } from '../i18n/locale.js';
import { formatNumber } from './number.js';

/**
 * A distance as a visitor reads it: metres below 1 km ("800 m"), one decimal below
 * 10 km ("2,3 km"), whole kilometres beyond ("23 km").
 */
export function formatDistance(km: number, locale: Locale): string {
  if (Math.round(km * 100) < 100) return `${formatNumber(Math.max(10, Math.round((km * 1000) / 10) * 10), locale, 0)} m`;
  return `${formatNumber(km, locale, km < 10 ? 1 : 0)} km`;
}
