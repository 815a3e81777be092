import type { Course } from '../types.js';
import { sampleShiftDays, shiftSessions } from './sample-dates.js';

type SampleFile = { referenceDate: string; items: Course[] };

let sample: Promise<SampleFile> | undefined;

/** The embedded sample feed (its own chunk, fetched only when no `src` is given). */
function sampleFile(): Promise<SampleFile> {
  sample ??= import('@digivaardig/data/data/courses-sample.json').then((module) => module.default as unknown as SampleFile);
  return sample;
}

export interface CourseLoadOptions {
  signal: AbortSignal;
  tag: string;
  fresh: boolean;
  /** Today in Amsterdam, "YYYY-MM-DD": the sample's dates move to this week. */
  today: string;
}

/**
 * The courses to show: the embedded sample moved to the current week, or, with `src`,
 * the feed (its loading and normalising code is fetched only then; see feed.ts).
 */
export async function loadCourses(src: string, options: CourseLoadOptions): Promise<Course[]> {
  if (!src.trim()) {
    const file = await sampleFile();
    return shiftSessions(file.items, sampleShiftDays(file.referenceDate, options.today));
  }
  const { loadFeedCourses } = await import('./feed.js');
  return loadFeedCourses(src, options);
}
