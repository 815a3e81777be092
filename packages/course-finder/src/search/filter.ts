import type { GeoPoint, Topic, Weekday } from '@digivaardig/core';
import type { CourseFormat } from '../types.js';
import type { PreparedCourse, PreparedSession } from './prepare.js';
import { matchesTokens, queryTokens } from './text.js';
import { PARTS_OF_DAY, SORTS, type CourseSort, type PartOfDay } from './choices.js';

export { PARTS_OF_DAY, SORTS, type CourseSort, type PartOfDay };

/** What the visitor asked for. Empty lists mean "any". */
export interface CourseQuery {
  readonly text?: string;
  readonly topics?: readonly Topic[];
  /** Programme ids, compared without case. */
  readonly programmes?: readonly string[];
  readonly formats?: readonly CourseFormat[];
  readonly free?: boolean;
  readonly days?: readonly Weekday[];
  readonly times?: readonly PartOfDay[];
  /** Where the visitor is (from a postcode); gives distances. */
  readonly origin?: GeoPoint;
  /**
   * How far two points are apart (core's `distanceKm`, which the finder fetches with the
   * postcode lookup, so a page without a postcode does not load it). Needed with `origin`.
   */
  readonly measure?: (from: GeoPoint, to: GeoPoint) => number;
  /** With an origin: only courses at most this far (online courses always count). */
  readonly maxDistanceKm?: number;
  /** `distance` needs an origin; without one the order is by date. */
  readonly sort?: CourseSort;
}

/** A course that matches, with its next session and its upcoming ones. */
export interface CourseResult {
  readonly prepared: PreparedCourse;
  /** Sessions not yet ended, first first; the course is left out when there are none. */
  readonly upcoming: readonly PreparedSession[];
  /** The first upcoming session that fits the day and time filters. */
  readonly next: PreparedSession;
  readonly distanceKm: number | undefined;
}

export function partOfDay(minutes: number): PartOfDay {
  return minutes < 12 * 60 ? 'morning' : minutes < 17 * 60 ? 'afternoon' : 'evening';
}

/** Sessions that have not ended at `now`; sessions are sorted, so skip the ended ones. */
export function upcomingSessions(sessions: readonly PreparedSession[], now: number): readonly PreparedSession[] {
  let first = 0;
  while (first < sessions.length && sessions[first]!.end <= now) first++;
  return first === 0 ? sessions : sessions.slice(first);
}

/**
 * The courses that match `query` at `now`, in the asked order. Within a filter the
 * choices are alternatives (safety OR ai); the filters together must all hold. Courses
 * whose every session has ended are never shown; ended sessions are left out.
 * The day and part-of-day filters ask for one session that fits both.
 */
export function searchCourses(courses: readonly PreparedCourse[], query: CourseQuery, now: number): CourseResult[] {
  const tokens = queryTokens(query.text ?? '');
  const topics = query.topics?.length ? new Set<string>(query.topics) : undefined;
  const programmes = query.programmes?.length ? new Set(query.programmes.map((p) => p.toLowerCase())) : undefined;
  const formats = query.formats?.length ? new Set<string>(query.formats) : undefined;
  const days = query.days?.length ? new Set<string>(query.days) : undefined;
  const times = query.times?.length ? new Set<string>(query.times) : undefined;
  const measure = query.measure;
  const origin = measure ? query.origin : undefined;
  const maxKm = origin && query.maxDistanceKm !== undefined && query.maxDistanceKm > 0 ? query.maxDistanceKm : Infinity;

  const results: CourseResult[] = [];
  for (const prepared of courses) {
    const course = prepared.course;
    if (formats && !formats.has(course.format)) continue;
    if (query.free && course.price !== 0) continue;
    if (programmes && !programmes.has((course.programme ?? '').toLowerCase())) continue;
    if (topics && !(course.topics ?? []).some((topic) => topics.has(topic))) continue;
    const upcoming = upcomingSessions(prepared.sessions, now);
    if (upcoming.length === 0) continue;
    let next: PreparedSession | undefined = upcoming[0];
    if (days || times) {
      next = upcoming.find((s) => (!days || days.has(s.weekday)) && (!times || times.has(partOfDay(s.minutes))));
      if (!next) continue;
    }
    let distance: number | undefined;
    if (origin && measure && prepared.point) distance = measure(origin, prepared.point);
    if (maxKm !== Infinity && course.format !== 'online' && !(distance !== undefined && distance <= maxKm)) continue;
    if (tokens.length && !matchesTokens(prepared.text, tokens)) continue;
    results.push({ prepared, upcoming, next: next!, distanceKm: distance });
  }
  return sortResults(results, query.sort === 'distance' && origin ? 'distance' : 'date');
}

/**
 * By date: next session first. By distance: nearest first, courses without a place last.
 * Either way, courses the visitor can still join come first: full ones ("vol") follow.
 */
export function sortResults(results: CourseResult[], sort: CourseSort): CourseResult[] {
  const byDate = (a: CourseResult, b: CourseResult) => a.next.start - b.next.start || titleOrder(a, b);
  const byDistance = (a: CourseResult, b: CourseResult) => {
    const da = a.distanceKm ?? Infinity;
    const db = b.distanceKm ?? Infinity;
    return da === db ? byDate(a, b) : da - db;
  };
  const order = sort === 'date' ? byDate : byDistance;
  return results.sort((a, b) => Number(isFull(a)) - Number(isFull(b)) || order(a, b));
}

/** No places left (a walk-in is never full). */
export function isFull(result: CourseResult): boolean {
  const course = result.prepared.course;
  return course.seatsLeft === 0 && course.format !== 'walk-in';
}

function titleOrder(a: CourseResult, b: CourseResult): number {
  const ta = a.prepared.course.id;
  const tb = b.prepared.course.id;
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}
