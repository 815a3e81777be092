import { type Locale } from '@digivaardig/core';
import type { PreparedSession } from './search/prepare.js';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: Locale, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}${withYear}`;
  let format = dayFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(withYear ? { year: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dayFormats.set(key, format);
  }
  return format;
}

/** "10:00" → "10.00" in Dutch, as Dutch texts write clock times. */
function clock(local: string, locale: Locale): string {
  const time = local.slice(11, 16);
  return locale === 'nl' ? time.replace(':', '.') : time;
}

/**
 * A session as a visitor reads it: "di 3 dec, 10.00–12.00 uur" (English "Tue 3 Dec,
 * 10:00–12:00"). The year is added when it is not this year. Works on the Amsterdam
 * wall-clock times, so it reads the same on any computer clock.
 */
export function formatSession(session: PreparedSession, locale: Locale, currentYear: string): string {
  const date = session.startLocal.slice(0, 10);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = dayFormat(locale, date.slice(0, 4) !== currentYear)
    .format(new Date(Date.UTC(y, m - 1, d, 12)))
    .replace(/\.(?=\s|$)/g, '');
  const sameDay = session.endLocal.slice(0, 10) === date;
  const end = sameDay ? clock(session.endLocal, locale) : clock(session.endLocal, locale);
  const times = `${clock(session.startLocal, locale)}–${end}`;
  return locale === 'nl' ? `${day}, ${times} uur` : `${day}, ${times}`;
}
