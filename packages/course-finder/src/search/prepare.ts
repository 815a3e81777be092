import { amsterdamDateTime, amsterdamInstant, TOPIC_LABELS, weekdayOf, type GeoPoint, type Weekday } from '@digivaardig/core';
import { FORMAT_LABELS, LEVEL_LABELS, PROGRAMME_LABELS } from '../labels.js';
import type { Course } from '../types.js';
import { searchableText } from './text.js';

/** A session with what filtering needs, computed once. */
export interface PreparedSession {
  /** Instants, ms since the epoch. */
  readonly start: number;
  readonly end: number;
  /** Amsterdam wall-clock times, "YYYY-MM-DDTHH:MM". */
  readonly startLocal: string;
  readonly endLocal: string;
  readonly weekday: Weekday;
  /** Minutes after local midnight of the start. */
  readonly minutes: number;
}

/**
 * A course ready for fast searching: sessions as instants, one folded search text, a point.
 * The text is made when a search first asks for it (folding every course's words is most
 * of the preparing): the first list, without search words, never needs it.
 */
export interface PreparedCourse {
  readonly course: Course;
  readonly sessions: readonly PreparedSession[];
  readonly text: string;
  readonly point: GeoPoint | undefined;
}

function textOf(value: Course['title'] | undefined): string[] {
  if (value === undefined) return [];
  // Every language the text has: a visitor may search in any of them.
  return typeof value === 'string' ? [value] : Object.values(value);
}

export function prepareSession(startLocal: string, endLocal: string): PreparedSession {
  const [, time = '00:00'] = startLocal.split('T');
  const [h, m] = time.split(':').map(Number) as [number, number];
  return {
    start: amsterdamInstant(startLocal),
    end: amsterdamInstant(endLocal),
    startLocal,
    endLocal,
    weekday: weekdayOf(startLocal.slice(0, 10)),
    minutes: h * 60 + m,
  };
}

/** Prepares courses (as the course preparer or the sample gives them) once per load. */
export function prepareCourses(courses: readonly Course[]): PreparedCourse[] {
  return courses.map((course) => {
    const programme = course.programme?.trim().toLowerCase() ?? '';
    const programmeWords = Object.hasOwn(PROGRAMME_LABELS, programme) ? Object.values(PROGRAMME_LABELS[programme]!) : [];
    const location = course.location;
    // The course preparer checked the coordinates (inside the Netherlands).
    const point = location && Number.isFinite(location.lat) && Number.isFinite(location.lon) ? { lat: location.lat!, lon: location.lon! } : undefined;
    let text: string | undefined;
    return {
      course,
      sessions: course.sessions.map((session) => prepareSession(session.start, session.end)),
      get text() {
        return (text ??= searchableText([
          ...textOf(course.title),
          ...textOf(course.description),
          course.programme,
          ...programmeWords,
          ...(course.topics ?? []).flatMap((topic) => Object.values(TOPIC_LABELS[topic] ?? {})),
          ...(course.tags ?? []),
          ...Object.values(FORMAT_LABELS[course.format]),
          ...(course.level ? Object.values(LEVEL_LABELS[course.level]) : []),
          location?.name,
          location?.city,
          location?.postcode,
        ]));
      },
      point,
    };
  });
}

/** "Today" in Amsterdam as an instant's date, for relative sample data. */
export function amsterdamToday(now: number): string {
  return amsterdamDateTime(now).date;
}
