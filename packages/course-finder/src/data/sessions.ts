import { formatMinutes, parseIntervals, readLeadingDate } from '@digivaardig/core';
import type { CourseSession } from '../types.js';
import { parseSessionTime } from './local-time.js';

/** One session read, or why it cannot be: no date that exists, or times that cannot be read. */
export type SessionRead = CourseSession | { readonly problem: 'not-a-date' | 'not-a-time' };

/** One time of day: "10:00", "9.30", "10 uur"; minutes after midnight. */
function readTime(text: string): number | undefined {
  const { intervals, issues } = parseIntervals(`${text.trim()}-24:00`);
  return issues.length === 0 && intervals.length === 1 ? intervals[0]!.start : undefined;
}

/** A date and a time ("25-12-2026 10:00", "25 december 2026 10.00 uur", ISO with an offset). */
function readDateTime(text: string): string | 'not-a-date' | 'not-a-time' {
  const exact = parseSessionTime(text);
  if (exact) return exact.local;
  const read = readLeadingDate(text);
  if (!read) return 'not-a-date';
  const minutes = readTime(read.rest);
  return minutes === undefined ? 'not-a-time' : `${read.date}T${formatMinutes(minutes)}`;
}

/**
 * Reads one session in any form a feed or a spreadsheet writes it: `{ start, end }` (ISO
 * 8601, with or without an offset, or Dutch "25-12-2026 10:00"; an end may be a time only),
 * or one cell: "25-12-2026 10:00-12:00", "25-12-2026 10.00 - 12.00 uur",
 * "di 25 december 2026 10:00 tot 12:00", "2026-12-25T10:00-12:00". The result is two ISO
 * Amsterdam wall-clock times; a session that ends before it starts is `not-a-time`.
 */
export function readSession(value: unknown): SessionRead {
  if (typeof value === 'string') {
    const read = readLeadingDate(value);
    if (!read) return { problem: 'not-a-date' };
    const { intervals, issues } = parseIntervals(read.rest);
    if (issues.length || intervals.length !== 1 || intervals[0]!.end >= 24 * 60) return { problem: 'not-a-time' };
    const [{ start, end }] = intervals as [{ start: number; end: number }];
    return { start: `${read.date}T${formatMinutes(start)}`, end: `${read.date}T${formatMinutes(end)}` };
  }
  if (!value || typeof value !== 'object') return { problem: 'not-a-date' };
  const { start: startText, end: endText } = value as { start?: unknown; end?: unknown };
  if (typeof startText !== 'string') return { problem: 'not-a-date' };
  const start = readDateTime(startText);
  if (start === 'not-a-date' || start === 'not-a-time') return { problem: start };
  if (typeof endText !== 'string') return { problem: 'not-a-time' };
  const endTime = readTime(endText);
  const end = endTime !== undefined && !/\d{4}/.test(endText) ? `${start.slice(0, 10)}T${formatMinutes(endTime)}` : readDateTime(endText);
  if (end === 'not-a-date' || end === 'not-a-time') return { problem: end };
  return end > start ? { start, end } : { problem: 'not-a-time' };
}

/** True for a session read, false for a problem. */
export function isSession(read: SessionRead): read is CourseSession {
  return !('problem' in read);
}
