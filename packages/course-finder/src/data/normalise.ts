import { findPostcodeRow, parsePostcode, postcodeAt, type Pc4Table } from '@digivaardig/core';
import type { Course } from '../types.js';

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
