import { loadSource } from '@digivaardig/core';
import type { Course } from '../types.js';
import type { CourseLoadOptions } from './courses-source.js';
import { needsPlacing, normaliseCourses, placeByPostcode } from './normalise.js';

/**
 * A library's feed (`src`, JSON or CSV): validated by the shared loader, then normalised
 * here (Dutch dates, session shorthand, decimal-comma coordinates) and placed by postcode.
 * Courses with impossible dates are skipped with one console warning naming them.
 */
export async function loadFeedCourses(src: string, options: CourseLoadOptions): Promise<Course[]> {
  const records = await loadSource<Course>(src, 'course', {
    embedded: async () => [],
    signal: options.signal,
    tag: options.tag,
    fresh: options.fresh,
  });
  const { courses, problems } = normaliseCourses(records);
  if (problems.length) {
    console.warn(
      `<${options.tag}>: skipped ${problems.length} of ${records.length} courses: ${problems
        .slice(0, 10)
        .map(({ id, message }) => `"${id}" (${message})`)
        .join('; ')}.`,
    );
  }
  if (!courses.some(needsPlacing)) return courses;
  // The postcode table (about 28 KB) comes only for feeds with rows to place.
  const { loadPc4Table } = await import('@digivaardig/data/pc4');
  return placeByPostcode(courses, await loadPc4Table());
}
