import { describe, expect, it } from 'vitest';
import type { Course } from '../types.js';
import { choicesOf, courseData } from './course-data.js';

const course = (id: string, extra: Partial<Course> = {}): Course => ({
  id,
  title: id,
  format: 'group',
  sessions: [{ start: '2025-01-07T10:00', end: '2025-01-07T12:00' }],
  ...extra,
});

describe('the loaded courses', () => {
  it('offer only the filter choices they have, in a fixed order', () => {
    const choices = choicesOf([
      course('a', { topics: ['safety', 'ai'], programme: 'Digisterker', format: 'walk-in' }),
      course('b', { topics: ['information-search'], programme: 'klik-en-tik', price: 0 }),
    ]);
    expect(choices).toEqual({
      topics: ['information-search', 'safety', 'ai'],
      programmes: ['digisterker', 'klik-en-tik'],
      formats: ['group', 'walk-in'],
      anyFree: true,
    });
  });

  it('count the courses with sessions still to come (dv-ready), and know sample data', () => {
    const now = Date.UTC(2025, 0, 8);
    const data = courseData([course('past'), course('next', { sessions: [{ start: '2025-01-14T10:00', end: '2025-01-14T12:00' }], demo: true })], now);
    expect(data.upcoming).toBe(1);
    expect(data.demo).toBe(true);
    expect(data.courses.map((prepared) => prepared.course.id)).toEqual(['past', 'next']);
    expect(courseData([course('own')], now).demo).toBe(false);
  });
});
