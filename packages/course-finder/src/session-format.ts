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
 * 10:00–12:00"); one that ends on another day names that day too. The year is added
 * when it is not this year. Works on the Amsterdam wall-clock times, so it reads the
 * same on any computer clock.
 */
export function formatSession(session: PreparedSession, locale: Locale, currentYear: string): string {
  const start = dayText(session.startLocal.slice(0, 10), locale, currentYear);
  const endDate = session.endLocal.slice(0, 10);
  // A session over midnight or over days names its end day too: "vr 10 jan, 20.00 – za 11 jan, 02.00 uur".
  const times =
    endDate === session.startLocal.slice(0, 10)
      ? `${start}, ${clock(session.startLocal, locale)}–${clock(session.endLocal, locale)}`
      : `${start}, ${clock(session.startLocal, locale)} – ${dayText(endDate, locale, currentYear)}, ${clock(session.endLocal, locale)}`;
  return locale === 'nl' ? `${times} uur` : times;
}

/** "di 3 dec" (English "Tue 3 Dec"), with the year when it is not this year. */
function dayText(date: string, locale: Locale, currentYear: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return dayFormat(locale, date.slice(0, 4) !== currentYear)
    .format(new Date(Date.UTC(y, m - 1, d, 12)))
    .replace(/\.(?=\s|$)/g, '');
}
