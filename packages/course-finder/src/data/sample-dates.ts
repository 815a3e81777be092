import { addDays } from '@digivaardig/core';
import type { Course } from '../types.js';

/** Moves every session by whole days on the calendar, keeping its clock times. */
export function shiftSessions(courses: readonly Course[], days: number): Course[] {
  if (days === 0) return [...courses];
  // Sessions share dates: each date is moved once.
  const moved = new Map<string, string>();
  const day = (date: string) => moved.get(date) ?? moved.set(date, addDays(date, days)).get(date)!;
  const move = (local: string) => `${day(local.slice(0, 10))}${local.slice(10)}`;
  return courses.map((course) => ({
    ...course,
    sessions: course.sessions.map((session) => ({ start: move(session.start), end: move(session.end) })),
  }));
}

/**
 * Days to add to sample dates written for the week of `reference` (a Monday,
 * "YYYY-MM-DD") so they fall in the week of `today`: whole weeks, so a Tuesday course
 * stays on a Tuesday.
 */
export function sampleShiftDays(reference: string, today: string): number {
  const days = Math.round((Date.parse(`${today}T00:00Z`) - Date.parse(`${reference}T00:00Z`)) / 86_400_000);
  return Math.floor(days / 7) * 7;
}
