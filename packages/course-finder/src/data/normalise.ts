import { findPostcodeRow, parsePostcode, postcodeAt, type Pc4Table } from '@digivaardig/core';
import type { Course, CourseSession } from '../types.js';
import { mailHref } from '../contact.js';
import { parseSessionShorthand, parseSessionTime } from './local-time.js';

/** A course the schema let through but whose dates make no sense; skipped and named. */
export interface CourseProblem {
  readonly id: string;
  readonly message: string;
}

/** A record as the schema allows it: sessions may still be shorthand, coordinates text. */
type RawCourse = Omit<Course, 'sessions' | 'location'> & {
  sessions: readonly (CourseSession | string)[];
  location?: Omit<NonNullable<Course['location']>, 'lat' | 'lon'> & { lat?: number | string; lon?: number | string };
};

/**
 * A coordinate as a number. Spreadsheet cells such as "4,497" reach us as text (the shared
 * CSV reader will not guess whether a comma before three digits is a decimal comma).
 */
function coordinate(value: number | string | undefined, min: number, max: number): number | undefined | null {
  if (value === undefined) return undefined;
  const number = typeof value === 'number' ? value : Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) && number >= min && number <= max ? number : null;
}

/**
 * The course-specific step after the shared loader validated the records: every session
 * becomes two ISO Amsterdam wall-clock times ("2024-12-03T10:00"), whether the feed wrote
 * ISO 8601, an offset, Dutch "3-12-2024 10:00" or the shorthand "3-12-2024 10:00-12:00";
 * sessions are sorted. A course with an impossible date or an end before its start is
 * skipped and named (the schema checks the shape of a date, not the calendar).
 */
export function normaliseCourses(records: readonly RawCourse[]): { courses: Course[]; problems: CourseProblem[] } {
  const courses: Course[] = [];
  const problems: CourseProblem[] = [];
  for (const record of records) {
    const sessions: CourseSession[] = [];
    let problem: string | undefined;
    record.sessions.forEach((session, index) => {
      if (problem) return;
      const pair =
        typeof session === 'string'
          ? parseSessionShorthand(session)
          : (() => {
              const start = parseSessionTime(session.start);
              const end = parseSessionTime(session.end);
              return start && end ? { start: start.local, end: end.local } : undefined;
            })();
      if (!pair) problem = `session ${index + 1}: not a real date or time`;
      else if (pair.end <= pair.start) problem = `session ${index + 1}: ends before it starts`;
      else sessions.push(pair);
    });
    let location: Course['location'] = undefined;
    if (record.location) {
      const lat = coordinate(record.location.lat, 50.5, 54);
      const lon = coordinate(record.location.lon, 3, 7.5);
      if (lat === null || lon === null) problem ??= 'location: coordinates outside the Netherlands';
      const { lat: _lat, lon: _lon, ...rest } = record.location;
      location = { ...rest, ...(lat != null && lon != null ? { lat, lon } : {}) };
    }
    // A mailto: target takes `?subject=…&cc=…` after the address: only a plain address may pass.
    if (record.contact?.email !== undefined && !mailHref(record.contact.email)) problem ??= 'contact.email: not a plain e-mail address';
    if (problem) {
      problems.push({ id: record.id, message: problem });
      continue;
    }
    sessions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    courses.push({ ...record, ...(location ? { location } : {}), sessions } as Course);
  }
  return { courses, problems };
}

/** True when a course has a place with a postcode but no coordinates. */
export function needsPlacing(course: Course): boolean {
  const location = course.location;
  return Boolean(location?.postcode && (location.lat === undefined || location.lon === undefined));
}

/**
 * Rows without coordinates are placed at their postcode's point in the embedded PC4 table
 * (a few hundred metres is close enough for "2,3 km"); the city is filled in when missing.
 * Unknown postcodes leave the course without a point (it then sorts last by distance).
 */
export function placeByPostcode(courses: readonly Course[], table: Pc4Table): Course[] {
  return courses.map((course) => {
    if (!needsPlacing(course)) return course;
    const parsed = parsePostcode(course.location!.postcode);
    const row = parsed.ok ? findPostcodeRow(table, parsed.pc4) : -1;
    if (row < 0) return course;
    const found = postcodeAt(table, row);
    return {
      ...course,
      location: { ...course.location!, lat: found.lat, lon: found.lon, city: course.location!.city ?? found.place },
    };
  });
}
