import { describe, expect, it } from 'vitest';
import { courseSamplesUrl } from '@digivaardig/data/course-samples';
import { readFileSync } from 'node:fs';
import { sampleCourses, type SampleFile } from './courses-source.js';

describe('the sample courses', () => {
  const file = JSON.parse(readFileSync(new URL(courseSamplesUrl), 'utf8')) as SampleFile;

  it('are a JSON file beside @digivaardig/data (fetched as data, not imported as code)', () => {
    expect(courseSamplesUrl).toMatch(/\/data\/courses-sample\.json$/);
    expect(file.items.length).toBeGreaterThan(100);
  });

  it('move by whole weeks to the week of today, keeping weekday and clock time', () => {
    const first = file.items[0]!.sessions[0]!;
    expect(sampleCourses(file, file.referenceDate)[0]!.sessions[0]).toEqual(first);
    const moved = sampleCourses(file, '2025-03-13')[0]!.sessions[0]!; // a Thursday, 9 weeks and 3 days later
    const weeks = (Date.parse(moved.start.slice(0, 10)) - Date.parse(first.start.slice(0, 10))) / (7 * 86_400_000);
    expect(weeks).toBe(9);
    expect(moved.start.slice(10)).toBe(first.start.slice(10));
  });
});
