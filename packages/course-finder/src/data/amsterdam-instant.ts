import type { Weekday } from '@digivaardig/core';

/** A wall-clock moment in Amsterdam, "YYYY-MM-DDTHH:MM". */
export type LocalDateTime = string;

/** Day of the month of the last Sunday of a month (0-based month). */
function lastSunday(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return last.getUTCDate() - last.getUTCDay();
}

/** Hours Amsterdam is ahead of UTC at an instant: 2 in summer time, else 1 (EU rule, since 1996). */
export function amsterdamOffsetHours(instant: number): 1 | 2 {
  const year = new Date(instant).getUTCFullYear();
  // Summer time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on that of October.
  const start = Date.UTC(year, 2, lastSunday(year, 2), 1);
  const end = Date.UTC(year, 9, lastSunday(year, 9), 1);
  return instant >= start && instant < end ? 2 : 1;
}

/**
 * The instant of an Amsterdam wall-clock time "YYYY-MM-DDTHH:MM". Computed from the EU
 * summer-time rule rather than Intl, because preparing thousands of sessions must be fast
 * (tests compare it with Intl). In the repeated autumn hour the first (summer) one wins;
 * a time in the hour skipped in spring is read as summer time.
 */
export function amsterdamInstant(local: LocalDateTime): number {
  const y = +local.slice(0, 4);
  const asUtc = Date.UTC(y, +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16));
  const summerFrom = Date.UTC(y, 2, lastSunday(y, 2), 2);
  const summerUntil = Date.UTC(y, 9, lastSunday(y, 9), 3);
  return asUtc - (asUtc >= summerFrom && asUtc < summerUntil ? 2 : 1) * 3_600_000;
}

/**
 * Calendar helpers on the same EU rule. Core's `hours` module has equivalents built on
 * Intl; these few lines keep that module (about 1 KB) off a page that only lists courses.
 */
const BY_UTC_DAY: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];

/** Today's date in Amsterdam at an instant, "YYYY-MM-DD". */
export function amsterdamDate(instant: number): string {
  return new Date(instant + amsterdamOffsetHours(instant) * 3_600_000).toISOString().slice(0, 10);
}

/** The weekday of a calendar date "YYYY-MM-DD". */
export function weekdayOfDate(date: string): Weekday {
  return BY_UTC_DAY[new Date(`${date}T12:00Z`).getUTCDay()]!;
}

/** The calendar date `days` after "YYYY-MM-DD". */
export function addDaysTo(date: string, days: number): string {
  const moved = new Date(`${date}T12:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

const TODAY = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

/**
 * The `today` attribute ("2025-01-06", or "2025-01-06T14:00" in Amsterdam time) as an
 * instant; undefined when absent, and invalid when it is no such date.
 */
export function parseToday(raw: string): { value: number | undefined; invalid: boolean } {
  const text = raw.trim();
  if (!text) return { value: undefined, invalid: false };
  if (!TODAY.test(text) || Number.isNaN(Date.parse(text.slice(0, 10)))) return { value: undefined, invalid: true };
  return { value: amsterdamInstant(text.length === 10 ? `${text}T00:00` : text), invalid: false };
}
