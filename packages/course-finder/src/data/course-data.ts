import { TOPICS } from '@digivaardig/core';
import { searchCourses } from '../search/filter.js';
import { prepareCourses, type PreparedCourse } from '../search/prepare.js';
import { FORMATS, type Course, type CourseFormat } from '../types.js';

/** The filter choices the loaded courses offer (a filter for a topic no course has helps no one). */
export interface FilterChoices {
  readonly topics: readonly string[];
  readonly programmes: readonly string[];
  readonly formats: readonly CourseFormat[];
  readonly anyFree: boolean;
}

/** What the finder loads: the courses ready to search, and what follows from them alone. */
export interface CourseData {
  readonly courses: readonly PreparedCourse[];
  readonly choices: FilterChoices;
  /** Sample data: the finder says so ("Voorbeeldgegevens"). */
  readonly demo: boolean;
  /** Courses with sessions still to come at `now`: the count of `dv-ready` (0: the empty state). */
  readonly upcoming: number;
}

/** Prepares loaded courses once per load. */
export function courseData(courses: readonly Course[], now: number): CourseData {
  const prepared = prepareCourses(courses);
  return {
    courses: prepared,
    choices: choicesOf(courses),
    demo: courses.some((course) => course.demo),
    upcoming: searchCourses(prepared, {}, now).length,
  };
}

/** The filter choices the courses offer, in a fixed order. */
export function choicesOf(courses: readonly Course[]): FilterChoices {
  const topics = new Set<string>();
  const programmes = new Set<string>();
  const formats = new Set<CourseFormat>();
  let anyFree = false;
  for (const course of courses) {
    course.topics?.forEach((topic) => topics.add(topic));
    if (course.programme) programmes.add(course.programme.toLowerCase());
    formats.add(course.format);
    if (course.price === 0) anyFree = true;
  }
  return {
    topics: TOPICS.filter((topic) => topics.has(topic)),
    programmes: [...programmes].sort(),
    formats: FORMATS.filter((format) => formats.has(format)),
    anyFree,
  };
}
