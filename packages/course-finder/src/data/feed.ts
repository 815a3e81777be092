import { loadSource } from '@digivaardig/core';
import type { Course } from '../types.js';
import type { CourseLoadOptions } from './courses-source.js';
import { coursePreparer } from './prepare-course.js';

/**
 * A library's feed (`src`, JSON or CSV), read by the shared pipeline with the course
 * format's preparer (prepare-course.ts): words to ids, the contact cell, sessions in Dutch
 * forms, places by postcode. What was read, and what was left out, goes to `onReport`.
 */
export function loadFeedCourses(src: string, options: CourseLoadOptions): Promise<Course[]> {
  return loadSource<Course>(src, 'course', {
    embedded: async () => [],
    signal: options.signal,
    tag: options.tag,
    fresh: options.fresh,
    prepare: coursePreparer,
    onReport: options.onReport,
  });
}
