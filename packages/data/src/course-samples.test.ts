import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { courseSamplesUrl } from './course-samples.js';

describe('courseSamplesUrl', () => {
  it('points at the sample courses shipped beside the code, so bundlers copy the file', () => {
    const url = new URL(courseSamplesUrl);
    expect(url.pathname).toMatch(/\/data\/courses-sample\.json$/);
    expect(existsSync(url)).toBe(true);
    const file = JSON.parse(readFileSync(url, 'utf8')) as { referenceDate: string; items: { demo?: boolean }[] };
    expect(file.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(file.items.length).toBeGreaterThan(100);
    expect(file.items.every((course) => course.demo === true)).toBe(true);
  });
});
