import { describe, expect, it } from 'vitest';
import { distanceKm } from '@digivaardig/core';
import { amsterdamInstant } from '../data/local-time.js';
import type { Course } from '../types.js';
import { searchCourses } from './filter.js';
import { prepareCourses } from './prepare.js';
import { foldText, queryTokens } from './text.js';

const LEIDEN = { lat: 52.1601, lon: 4.497 };
const course = (over: Partial<Course> & { id: string }): Course => ({
  title: 'Cursus',
  format: 'group',
  sessions: [{ start: '2025-01-07T10:00', end: '2025-01-07T12:00' }], // a Tuesday morning
  ...over,
});
const courses = prepareCourses([
  course({ id: 'cafe', title: 'Tablet café', programme: 'tablet-cafe', format: 'walk-in', price: 0, topics: ['smartphone'],
    location: { name: 'Bibliotheek Leiden', city: 'Leiden', ...LEIDEN } }),
  course({ id: 'ai', title: { nl: 'Aan de slag met AI', en: 'Getting started with AI' }, programme: 'library', price: 5, topics: ['ai'],
    sessions: [{ start: '2025-01-09T19:00', end: '2025-01-09T21:00' }], // Thursday evening
    location: { name: 'Bibliotheek Utrecht', city: 'Utrecht', lat: 52.0907, lon: 5.1214 } }),
  course({ id: 'eo', title: 'Digisterker: Werken met de e-overheid', programme: 'digisterker', price: 0, topics: ['e-government', 'safety'],
    sessions: [
      { start: '2025-01-01T13:30', end: '2025-01-01T15:30' },
      { start: '2025-01-08T13:30', end: '2025-01-08T15:30' },
      { start: '2025-01-15T13:30', end: '2025-01-15T15:30' },
    ],
    location: { name: 'Bibliotheek Groningen', city: 'Groningen', lat: 53.2194, lon: 6.5665 } }),
  course({ id: 'online', title: 'Veilig online', format: 'online', price: 0, topics: ['safety'], tags: ['Stamboomonderzoek', 'Senioren'],
    sessions: [{ start: '2025-01-08T19:30', end: '2025-01-08T20:30' }] }),
  course({ id: 'past', title: 'Tablet café voorbij', format: 'walk-in', price: 0,
    sessions: [{ start: '2024-12-01T10:00', end: '2024-12-01T12:00' }] }),
]);
const NOW = amsterdamInstant('2025-01-06T09:00'); // Monday morning
const ids = (query: Parameters<typeof searchCourses>[1], now = NOW) => searchCourses(courses, query, now).map((r) => r.prepared.course.id);

describe('text search', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('Tablet CAFÉ — e-Overheid!')).toBe('tablet cafe e overheid');
    expect(queryTokens('  Café  ')).toEqual(['cafe']);
  });
  it('matches word prefixes in any field and any language, accent-insensitive', () => {
    expect(ids({ text: 'cafe' })).toEqual(['cafe']);
    expect(ids({ text: 'TABL' })).toEqual(['cafe']);
    expect(ids({ text: 'getting started' })).toEqual(['ai']);
    expect(ids({ text: 'e-overheid' })).toEqual(['eo']);
    expect(ids({ text: 'eoverheid' })).toEqual(['eo']);
    expect(ids({ text: 'groningen' })).toEqual(['eo']);
    expect(ids({ text: 'inloop' })).toEqual(['cafe']); // the format's label
    expect(ids({ text: 'veilig' }).sort()).toEqual(['eo', 'online']); // a topic label, and the title
    expect(ids({ text: 'afe' })).toEqual([]); // not a word start
  });

  it("finds a course by its own tags (words of the feed that match no id)", () => {
    expect(ids({ text: 'stamboom' })).toEqual(['online']);
    expect(ids({ text: 'senioren' })).toEqual(['online']);
  });
});

describe('filters', () => {
  it('hides ended sessions and courses that are over', () => {
    const results = searchCourses(courses, {}, amsterdamInstant('2025-01-08T14:00'));
    expect(results.map((r) => r.prepared.course.id)).not.toContain('past');
    const eo = results.find((r) => r.prepared.course.id === 'eo')!;
    // The session of 8 January is still going on: it counts until it ends.
    expect(eo.upcoming.map((s) => s.startLocal)).toEqual(['2025-01-08T13:30', '2025-01-15T13:30']);
    expect(ids({}, amsterdamInstant('2025-02-01T00:00'))).toEqual([]);
  });
  it('filters on topics, programme, format and price (choices are alternatives)', () => {
    expect(ids({ topics: ['safety'] })).toEqual(['eo', 'online']);
    expect(ids({ topics: ['ai', 'smartphone'] })).toEqual(['cafe', 'ai']);
    expect(ids({ programmes: ['Digisterker'] })).toEqual(['eo']);
    expect(ids({ formats: ['walk-in', 'online'] })).toEqual(['cafe', 'online']);
    expect(ids({ free: true })).not.toContain('ai');
  });
  it('filters on weekday and part of day, with one session fitting both', () => {
    expect(ids({ days: ['th'] })).toEqual(['ai']);
    expect(ids({ times: ['evening'] })).toEqual(['online', 'ai']);
    expect(ids({ days: ['we'], times: ['afternoon'] })).toEqual(['eo']);
    expect(ids({ days: ['tu'], times: ['evening'] })).toEqual([]);
    // The next session shown is the first that fits.
    const eo = searchCourses(courses, { days: ['we'] }, amsterdamInstant('2025-01-08T16:00')).find((r) => r.prepared.course.id === 'eo');
    expect(eo!.next.startLocal).toBe('2025-01-15T13:30');
  });
  it('filters on distance; online courses always count', () => {
    expect(ids({ origin: LEIDEN, measure: distanceKm, maxDistanceKm: 10 })).toEqual(['cafe', 'online']);
    expect(ids({ origin: LEIDEN, measure: distanceKm, maxDistanceKm: 60 })).toEqual(['cafe', 'online', 'ai']);
    expect(ids({ maxDistanceKm: 10 })).toHaveLength(4); // no origin: no distance filter
  });
});

describe('sorting', () => {
  it('by next date by default', () => {
    expect(ids({})).toEqual(['cafe', 'eo', 'online', 'ai']);
  });
  it('by distance from a postcode, courses without a place last', () => {
    const results = searchCourses(courses, { origin: LEIDEN, measure: distanceKm, sort: 'distance' }, NOW);
    expect(results.map((r) => r.prepared.course.id)).toEqual(['cafe', 'ai', 'eo', 'online']);
    expect(results[1]!.distanceKm).toBeGreaterThan(40);
    expect(results[1]!.distanceKm).toBeLessThan(50);
    expect(results[3]!.distanceKm).toBeUndefined();
  });
  it('falls back to date without an origin', () => {
    expect(ids({ sort: 'distance' })).toEqual(['cafe', 'eo', 'online', 'ai']);
  });
});

describe('full courses', () => {
  it('come after the courses with places, in either order', () => {
    const list = prepareCourses([
      course({ id: 'full-first', seatsLeft: 0, sessions: [{ start: '2025-01-07T10:00', end: '2025-01-07T12:00' }], location: { name: 'A', ...LEIDEN } }),
      course({ id: 'open-later', seatsLeft: 3, sessions: [{ start: '2025-01-20T10:00', end: '2025-01-20T12:00' }], location: { name: 'B', lat: 52.0907, lon: 5.1214 } }),
      course({ id: 'walk-in', format: 'walk-in', seatsLeft: 0, sessions: [{ start: '2025-01-08T10:00', end: '2025-01-08T12:00' }] }),
    ]);
    const order = (sort: 'date' | 'distance') =>
      searchCourses(list, { origin: LEIDEN, measure: distanceKm, sort }, NOW).map((r) => r.prepared.course.id);
    expect(order('date')).toEqual(['walk-in', 'open-later', 'full-first']);
    expect(order('distance')).toEqual(['open-later', 'walk-in', 'full-first']);
  });
});
