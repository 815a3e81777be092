import { formatMinutes, parseIntervals, readLeadingDate } from '@digivaardig/core';
import type { CourseSession } from '../types.js';
import { parseSessionTime } from './local-time.js';

/** One session read, or why it cannot be: no date that exists, or times that cannot be read. */
export type SessionRead = CourseSession | { readonly problem: 'not-a-date' | 'not-a-time' };

// Fast paths for the forms nearly every feed uses (a 10,000-row sheet is read in one go):
// "25-12-2026 10:00-12:00" (or 10.00 – 12.00), "2026-12-25 10:00-12:00", and ISO local times.
const DUTCH_CELL = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s+(\d{1,2})[:.](\d{2})\s*[-\u2013]\s*(\d{1,2})[:.](\d{2})\s*$/;
const ISO_CELL = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2})[:.](\d{2})\s*[-\u2013]\s*(\d{1,2})[:.](\d{2})\s*$/;
const ISO_LOCAL = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$/;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** "YYYY-MM-DD" for a date that exists, else undefined. */
function dayOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= DAYS[month - 1]! + (leap ? 1 : 0) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

/** "HH:MM" for a time of day that exists, else undefined. */
const clock = (hours: number, minutes: number) => (hours <= 23 && minutes <= 59 ? `${pad(hours)}:${pad(minutes)}` : undefined);

/** The common one-cell forms, or undefined to take the general path. */
function quickSession(text: string): SessionRead | undefined {
  const dutch = DUTCH_CELL.exec(text);
  const match = dutch ?? ISO_CELL.exec(text);
  if (!match) return undefined;
  const date = dutch ? dayOf(+match[3]!, +match[2]!, +match[1]!) : dayOf(+match[1]!, +match[2]!, +match[3]!);
  if (!date) return { problem: 'not-a-date' };
  const from = clock(+match[4]!, +match[5]!);
  const to = clock(+match[6]!, +match[7]!);
  if (!from || !to || to <= from) return { problem: 'not-a-time' };
  return { start: `${date}T${from}`, end: `${date}T${to}` };
}

/** One time of day: "10:00", "9.30", "10 uur"; minutes after midnight. */
function readTime(text: string): number | undefined {
  const { intervals, issues } = parseIntervals(`${text.trim()}-24:00`);
  return issues.length === 0 && intervals.length === 1 ? intervals[0]!.start : undefined;
}

/** A date and a time ("25-12-2026 10:00", "25 december 2026 10.00 uur", ISO with an offset). */
function readDateTime(text: string): string | 'not-a-date' | 'not-a-time' {
  const local = ISO_LOCAL.exec(text);
  if (local) {
    const date = dayOf(+local[1]!, +local[2]!, +local[3]!);
    const time = clock(+local[4]!, +local[5]!);
    return !date ? 'not-a-date' : !time ? 'not-a-time' : `${date}T${time}`;
  }
  const exact = parseSessionTime(text);
  if (exact) return exact.local;
  const read = readLeadingDate(text);
  if (!read) return 'not-a-date';
  const minutes = readTime(read.rest);
  return minutes === undefined ? 'not-a-time' : `${read.date}T${formatMinutes(minutes)}`;
}

/** Session cells remembered at most, then forgotten at once. */
const MEMO_SIZE = 2000;
const sessionCells = new Map<string, SessionRead>();

function readSessionCell(value: string): SessionRead {
  const quick = quickSession(value);
  if (quick) return quick;
  const read = readLeadingDate(value);
  if (!read) return { problem: 'not-a-date' };
  const { intervals, issues } = parseIntervals(read.rest);
  if (issues.length || intervals.length !== 1 || intervals[0]!.end >= 24 * 60) return { problem: 'not-a-time' };
  const [{ start, end }] = intervals as [{ start: number; end: number }];
  return { start: `${read.date}T${formatMinutes(start)}`, end: `${read.date}T${formatMinutes(end)}` };
}

/**
 * Reads one session in any form a feed or a spreadsheet writes it: `{ start, end }` (ISO
 * 8601, with or without an offset, or Dutch "25-12-2026 10:00"; an end may be a time only),
 * or one cell: "25-12-2026 10:00-12:00", "25-12-2026 10.00 - 12.00 uur",
 * "di 25 december 2026 10:00 tot 12:00", "2026-12-25T10:00-12:00". The result is two ISO
 * Amsterdam wall-clock times; a session that ends before it starts is `not-a-time`. Each
 * call gives a new object (the caller may keep it).
 */
export function readSession(value: unknown): SessionRead {
  if (typeof value === 'string') {
    // A sheet repeats its session cells: each text is read once (a fresh result each time).
    let read = sessionCells.get(value);
    if (!read) {
      read = readSessionCell(value);
      if (sessionCells.size >= MEMO_SIZE) sessionCells.clear();
      sessionCells.set(value, read);
    }
    return isSession(read) ? { start: read.start, end: read.end } : { problem: read.problem };
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
