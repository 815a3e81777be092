import { str } from '@lit/localize';
import { formatDate, openingStatus, WEEKDAYS, type ClockInterval, type Locale, type OpeningSchedule, type Weekday } from '@digivaardig/core';
import type { Localize } from '@digivaardig/core';

/** "09:00" → "09.00" in Dutch, "09:00" in English; "24:00" stays. */
export function clock(time: string, locale: Locale): string {
  return locale === 'nl' ? time.replace(':', '.') : time;
}

/** "10.00–12.00 en 13.00–17.00", or "gesloten". */
export function intervalsText(t: Localize, intervals: readonly ClockInterval[]): string {
  const locale = t.locale;
  if (intervals.length === 0) return t.msg('gesloten', { id: 'ido.hours.closed' });
  const spans = intervals.map((iv) => `${clock(iv.start, locale)}–${clock(iv.end, locale)}`);
  return spans.length === 1 ? spans[0]! : `${spans.slice(0, -1).join(', ')} ${t.msg('en', { id: 'ido.hours.text' })} ${spans[spans.length - 1]}`;
}

/** The weekday's name ("dinsdag", "Tuesday") for an Amsterdam date "YYYY-MM-DD". */
export function weekdayName(date: string, locale: Locale): string {
  return formatDate(new Date(`${date}T12:00:00Z`), locale, { weekday: 'long' });
}

/** Weekday names Monday first, for the weekly table. */
export function weekdayNames(locale: Locale): Record<Weekday, string> {
  // 2024-01-01 was a Monday.
  return Object.fromEntries(WEEKDAYS.map((day, i) => [day, weekdayName(`2024-01-0${i + 1}`, locale)])) as Record<Weekday, string>;
}

export interface OpenText {
  /** Open now, closed now, or no hours known. */
  readonly state: 'open' | 'closed' | 'unknown';
  /** "Nu open, tot 17.00" / "Gesloten, opent dinsdag om 09.00". */
  readonly status: string;
  /** "Vandaag: 10.00–17.00" / "Vandaag gesloten (feestdag)". */
  readonly today: string;
}

/** Open now or closed, with today's hours, in Amsterdam time, as a visitor reads it. */
export function openText(t: Localize, schedule: OpeningSchedule, now: Date | number = Date.now()): OpenText {
  const locale = t.locale;
  const status = openingStatus(schedule, now);
  if (!status.known) return { state: 'unknown', status: t.msg('Openingstijden niet bekend', { id: 'ido.hours.opening-hours-not-known' }), today: '' };
  const todayHours = status.today.intervals;
  const today =
    todayHours.length === 0
      ? status.today.exception === 'closed'
        ? t.msg('Vandaag gesloten (feestdag of bijzondere dag)', { id: 'ido.hours.closed-today-public-holiday' })
        : t.msg('Vandaag gesloten', { id: 'ido.hours.closed-today' })
      : t.msg(str`Vandaag: ${intervalsText(t, todayHours)}`, { id: 'ido.hours.today' });
  if (status.open) return { state: 'open', status: t.msg(str`Nu open, tot ${clock(status.until!, locale)}`, { id: 'ido.hours.open-now-until' }), today };
  const next = status.opensAt;
  if (!next) return { state: 'closed', status: t.msg('Gesloten', { id: 'ido.hours.closed-2' }), today };
  const time = clock(next.time, locale);
  const when =
    next.daysAhead === 0
      ? t.msg(str`Gesloten, opent vandaag om ${time}`, { id: 'ido.hours.closed-opens-today' })
      : next.daysAhead === 1
        ? t.msg(str`Gesloten, opent morgen om ${time}`, { id: 'ido.hours.closed-opens-tomorrow' })
        : t.msg(str`Gesloten, opent ${weekdayName(next.date, locale)} om ${time}`, { id: 'ido.hours.closed-opens' });
  return { state: 'closed', status: when, today };
}
