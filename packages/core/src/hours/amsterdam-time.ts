import type { Weekday } from './weekday.js';

/** Weekdays in the order Date.prototype.getUTCDay counts them (Sunday = 0). */
const BY_UTC_DAY: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** Wall-clock date and time in the Netherlands at some instant. */
export interface AmsterdamDateTime {
  /** Local date, "YYYY-MM-DD". */
  readonly date: string;
  readonly weekday: Weekday;
  /** Local time, "HH:MM". */
  readonly time: string;
  /** Minutes since local midnight (0–1439). */
  readonly minutes: number;
}

let formatter: Intl.DateTimeFormat | undefined;

/**
 * The date and time on the clock in Amsterdam at `instant`, whatever the time zone of the
 * machine running this: the Intl API knows the Dutch DST rules, so no local-time getter
 * (getHours, getDay …) and no date library is needed.
 */
export function amsterdamDateTime(instant: Date | number): AmsterdamDateTime {
  formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts: Record<string, string> = {};
  for (const { type, value } of formatter.formatToParts(instant)) parts[type] = value;
  // Some engines still print midnight as "24" despite h23.
  const hour = Number(parts.hour) % 24;
  const minute = Number(parts.minute);
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    weekday: weekdayOf(date),
    time: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`,
    minutes: hour * 60 + minute,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Minutes Amsterdam is ahead of UTC at the start of each UTC day (by day number). */
const dayStarts = new Map<number, number>();

/** The offset at a whole minute, asked of Intl. */
function offsetAt(instant: number): number {
  const { date, minutes } = amsterdamDateTime(instant);
  return (utcMidnight(date).getTime() - instant) / 60_000 + minutes;
}

function dayStart(day: number): number {
  let offset = dayStarts.get(day);
  if (offset === undefined) dayStarts.set(day, (offset = offsetAt(day * DAY)));
  return offset;
}

/**
 * Minutes Amsterdam is ahead of UTC at `instant`: 60 in winter, 120 in summer time. The
 * clocks change on the hour and at most once a day, so a day that starts with the offset
 * the next day starts with has it all day: a feed of thousands of sessions asks Intl about
 * once per day it covers (and per hour on the two days a year the clocks change).
 */
export function amsterdamOffset(instant: number): number {
  const day = Math.floor(instant / DAY);
  const offset = dayStart(day);
  return offset === dayStart(day + 1) ? offset : offsetAt(Math.floor(instant / HOUR) * HOUR);
}

/**
 * The instant of a wall-clock time in Amsterdam, "YYYY-MM-DDTHH:MM" (whatever the time
 * zone of the machine). In the hour that happens twice in autumn the first one (summer
 * time) wins; a time in the hour skipped in spring is read as summer time (02:30 → 01:30
 * winter time, the moment before the switch).
 */
export function amsterdamInstant(local: string): number {
  const asUtc = Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16));
  // The offsets in force half a day before and after: two only around a switch.
  const a = amsterdamOffset(asUtc - 12 * HOUR);
  const b = amsterdamOffset(asUtc + 12 * HOUR);
  const summer = asUtc - Math.max(a, b) * 60_000;
  const winter = asUtc - Math.min(a, b) * 60_000;
  if (amsterdamOffset(summer) === Math.max(a, b)) return summer;
  return amsterdamOffset(winter) === Math.min(a, b) ? winter : summer;
}

function utcMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The weekday of a calendar date "YYYY-MM-DD" (calendar arithmetic, no time zone involved). */
export function weekdayOf(isoDate: string): Weekday {
  return BY_UTC_DAY[utcMidnight(isoDate).getUTCDay()]!;
}

/** The calendar date `days` after "YYYY-MM-DD" (negative for before). */
export function addDays(isoDate: string, days: number): string {
  const date = utcMidnight(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** True when `text` is a real calendar date written "YYYY-MM-DD" (no 2025-02-30). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return utcMidnight(text).toISOString().slice(0, 10) === text;
}
