import type { Locale } from '../i18n/locale.js';
import { cachedFormatter, REGION_TAG } from './intl.js';

/** Every date and time the widgets show is Dutch local time, whatever the visitor's clock. */
export const TIME_ZONE = 'Europe/Amsterdam';

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(
    'date',
    locale,
    options,
    () => new Intl.DateTimeFormat(REGION_TAG[locale], { timeZone: TIME_ZONE, ...options }),
  );
}

/** A date in words ("3 december 2024"), or in the given style. */
export function formatDate(
  date: Date,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' },
): string {
  return dateFormat(locale, options).format(date);
}

/** A clock time in Dutch style ("09.00", as Dutch texts write it) or English ("09:00"). */
export function formatTime(date: Date, locale: Locale): string {
  const text = dateFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return locale === 'nl' ? text.replace(':', '.') : text;
}
