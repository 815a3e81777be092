import { addDays, amsterdamDateTime, weekdayOf } from './amsterdam-time.js';
import { formatMinutes, type OpeningSchedule, type TimeInterval } from './parse.js';
import type { Weekday } from './weekday.js';

/** An interval as clock times, "HH:MM" (end may be "24:00"). */
export interface ClockInterval {
  readonly start: string;
  readonly end: string;
}

/** Opening hours on one calendar date, with holidays and exceptions applied. */
export interface DayHours {
  /** "YYYY-MM-DD". */
  readonly date: string;
  readonly weekday: Weekday;
  readonly intervals: readonly ClockInterval[];
  /** Set when the date differs from the weekly pattern: a closed date, or special hours. */
  readonly exception?: 'closed' | 'special';
}

export interface NextOpening {
  /** "YYYY-MM-DD", Amsterdam date. */
  readonly date: string;
  readonly weekday: Weekday;
  /** "HH:MM", Amsterdam time. */
  readonly time: string;
  /** 0 = later today, 1 = tomorrow, … */
  readonly daysAhead: number;
}

export interface OpeningStatus {
  /** False when the location gave no opening hours: say nothing rather than "closed". */
  readonly known: boolean;
  readonly open: boolean;
  /** While open: when the current interval ends, "HH:MM" ("24:00" for midnight). */
  readonly until?: string;
  /** While closed: the next opening within the look-ahead, if any. */
  readonly opensAt?: NextOpening;
  /** Today's hours (Amsterdam date), for "vandaag 09.00–17.00". */
  readonly today: DayHours;
  /** The same intervals as `today.intervals`. */
  readonly todayIntervals: readonly ClockInterval[];
}

/** How many days ahead openingStatus looks for the next opening. */
export const LOOK_AHEAD_DAYS = 14;

function intervalsOn(schedule: OpeningSchedule, date: string, weekday: Weekday): { intervals: readonly TimeInterval[]; exception?: 'closed' | 'special' } {
  if (schedule.closed.has(date)) return { intervals: [], exception: 'closed' };
  const special = schedule.exceptions.get(date);
  if (special) return { intervals: special, exception: special.length === 0 ? 'closed' : 'special' };
  return { intervals: schedule.week[weekday] };
}

const toClock = (iv: TimeInterval): ClockInterval => ({ start: formatMinutes(iv.start), end: formatMinutes(iv.end) });

/** The opening hours on a calendar date "YYYY-MM-DD" (closed dates and exceptions applied). */
export function hoursOn(schedule: OpeningSchedule, date: string): DayHours {
  const weekday = weekdayOf(date);
  const { intervals, exception } = intervalsOn(schedule, date, weekday);
  return { date, weekday, intervals: intervals.map(toClock), ...(exception ? { exception } : {}) };
}

/**
 * Whether the location is open at `now` and until when, or when it opens next (looking
 * {@link LOOK_AHEAD_DAYS} days ahead), all in Europe/Amsterdam wall-clock time whatever
 * the visitor's time zone, and right on the days the clocks change. Hours are wall-clock
 * times: on the autumn Sunday 02:00–03:00 happens twice and counts both times; an interval
 * inside the hour skipped in spring is reported as written (no library opens then).
 */
export function openingStatus(schedule: OpeningSchedule, now: Date | number = new Date()): OpeningStatus {
  const local = amsterdamDateTime(now);
  const today = hoursOn(schedule, local.date);
  const base = { known: schedule.hasHours, today, todayIntervals: today.intervals };

  const todays = intervalsOn(schedule, local.date, local.weekday).intervals;
  const current = todays.find((iv) => iv.start <= local.minutes && local.minutes < iv.end);
  if (current) return { ...base, open: true, until: formatMinutes(current.end) };

  const later = todays.find((iv) => iv.start > local.minutes);
  if (later) {
    return { ...base, open: false, opensAt: { date: local.date, weekday: local.weekday, time: formatMinutes(later.start), daysAhead: 0 } };
  }
  for (let daysAhead = 1; daysAhead <= LOOK_AHEAD_DAYS; daysAhead++) {
    const date = addDays(local.date, daysAhead);
    const weekday = weekdayOf(date);
    const first = intervalsOn(schedule, date, weekday).intervals[0];
    if (first) return { ...base, open: false, opensAt: { date, weekday, time: formatMinutes(first.start), daysAhead } };
  }
  return { ...base, open: false };
}

/** True when the location is open at `instant` (Europe/Amsterdam wall-clock time). */
export function isOpenAt(schedule: OpeningSchedule, instant: Date | number): boolean {
  const local = amsterdamDateTime(instant);
  return intervalsOn(schedule, local.date, local.weekday).intervals.some((iv) => iv.start <= local.minutes && local.minutes < iv.end);
}
