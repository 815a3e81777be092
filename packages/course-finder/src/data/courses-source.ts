import { fetchJson, withDataTexts, type DataReport, type DataTextsHost } from '@digivaardig/core';
import { courseSamplesTextsUrl, courseSamplesUrl } from '@digivaardig/data/course-samples';
import type { Course } from '../types.js';
import { sampleShiftDays, shiftSessions } from './sample-dates.js';

/** The sample file: courses written for the week of `referenceDate` (a Monday). */
export interface SampleFile {
  readonly referenceDate: string;
  readonly items: readonly Course[];
}

export interface CourseLoadOptions {
  signal: AbortSignal;
  tag: string;
  fresh: boolean;
  /** Today in Amsterdam, "YYYY-MM-DD": the sample's dates move to this week. */
  today: string;
  /** Gets what was read from `src` (the element passes its load context's `report`). */
  onReport?: (report: DataReport) => void;
  /** The element: the sample gets its texts in the element's language (a feed from `src` has its own). */
  host?: DataTextsHost;
}

/** The sample's courses with their dates moved to the week of `today`. */
export function sampleCourses(file: SampleFile, today: string): Course[] {
  return shiftSessions(file.items, sampleShiftDays(file.referenceDate, today));
}

/**
 * The courses to show: the sample (a JSON file fetched as data, checked by the tests, not
 * in every visitor's browser) moved to the current week, or, with `src`, the feed (its
 * loading and normalising code is fetched only then; see feed.ts).
 */
export async function loadCourses(src: string, options: CourseLoadOptions): Promise<Course[]> {
  if (!src.trim()) {
    const file = (await fetchJson(courseSamplesUrl, { signal: options.signal, fresh: options.fresh })) as SampleFile;
    // The courses moved to this week share the file's text records, so later languages reach them too.
    return sampleCourses(options.host ? await withDataTexts(options.host, file, courseSamplesTextsUrl) : file, options.today);
  }
  const { loadFeedCourses } = await import('./feed.js');
  return loadFeedCourses(src, options);
}
