import { addDays } from '@digivaardig/core';
import type { Course } from '../types.js';

/** Moves every session by whole days on the calendar, keeping its clock times. */
export function shiftSessions(courses: readonly Course[], days: number): Course[] {
  if (days === 0) return [...courses];
  const move = (local: string) => `${addDays(local.slice(0, 10), days)}${local.slice(10)}`;
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
