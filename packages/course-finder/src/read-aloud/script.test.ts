import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, registerCatalogs, translator } from '@digivaardig/core';
import type { Course } from '../types.js';
import type { CourseResult } from '../search/filter.js';
import { prepareSession } from '../search/prepare.js';
import { courseScript, coursesScript, spokenSession } from './script.js';

beforeAll(async () => {
  registerCatalogs({ en: () => import('../generated/locales/en.js') });
  await loadCatalogs('en');
});

const nl = translator('nl');
const en = () => translator('en');

function result(course: Partial<Course>, sessions: [string, string][] = [['2026-12-07T10:00', '2026-12-07T12:00']]): CourseResult {
  const full: Course = {
    id: 'c',
    title: { nl: 'Werken met de computer', en: 'Working with a computer' },
    format: 'group',
    sessions: sessions.map(([start, end]) => ({ start, end })),
    ...course,
  };
  const prepared = sessions.map(([start, end]) => prepareSession(start, end));
  return { prepared: { course: full, sessions: prepared, text: '', point: undefined }, upcoming: prepared, next: prepared[0]!, distanceKm: undefined };
}

const library = { name: 'Bibliotheek Centrum', street: 'Stationsplein 1', city: 'Utrecht' };

describe('course finder read-aloud script', () => {
  it('reads a course: title, when in words, the meetings after it, where and price (Dutch)', () => {
    const course = result({ location: library, price: 2.5 }, [
      ['2026-12-07T10:00', '2026-12-07T12:00'],
      ['2026-12-14T10:00', '2026-12-14T12:00'],
      ['2026-12-21T10:00', '2026-12-21T12:00'],
    ]);
    expect(courseScript(nl, course)).toEqual([
      'Werken met de computer.',
      'Wanneer: maandag 7 december, van tien tot twaalf uur.',
      'Daarna zijn er nog 2 bijeenkomsten.',
      'Waar: Bibliotheek Centrum, Stationsplein 1, Utrecht.',
      'Prijs: 2,50 euro.',
    ]);
  });

  it('reads a course in English for an English widget', () => {
    const course = result({ location: library, price: 0 }, [
      ['2026-12-07T13:30', '2026-12-07T15:00'],
      ['2026-12-14T13:30', '2026-12-14T15:00'],
    ]);
    expect(courseScript(en(), course)).toEqual([
      'Working with a computer.',
      'When: Monday 7 December, from one thirty in the afternoon until three o\'clock in the afternoon.',
      'After that, there is 1 more session.',
      'Where: Bibliotheek Centrum, Stationsplein 1, Utrecht.',
      'The course is free.',
    ]);
  });

  it('says "gratis", online and full, and leaves out a price the feed does not give', () => {
    expect(courseScript(nl, result({ format: 'online', price: 0, seatsLeft: 0 }))).toEqual([
      'Werken met de computer.',
      'Wanneer: maandag 7 december, van tien tot twaalf uur.',
      'Waar: online, thuis achter je eigen computer.',
      'De cursus is gratis.',
      'Deze cursus is vol.',
    ]);
    expect(courseScript(nl, result({ location: library, format: 'walk-in', seatsLeft: 0 }))).toEqual([
      'Werken met de computer.',
      'Wanneer: maandag 7 december, van tien tot twaalf uur.',
      'Waar: Bibliotheek Centrum, Stationsplein 1, Utrecht.',
    ]);
  });

  it('names both days of a meeting over midnight', () => {
    const course = result({}, [['2026-12-11T20:00', '2026-12-12T02:00']]);
    expect(spokenSession(nl, course.next)).toBe('van vrijdag 11 december, twintig uur tot zaterdag 12 december, twee uur');
  });

  it('reads the first five of a longer list and says so first', () => {
    const results = Array.from({ length: 6 }, (_, i) => result({ id: `c${i}`, title: `Cursus ${i + 1}` }));
    const script = coursesScript(nl, results);
    expect(script[0]).toBe('De eerste 5 van 6 cursussen.');
    expect(script.filter((sentence) => sentence.startsWith('Cursus'))).toEqual(['Cursus 1.', 'Cursus 2.', 'Cursus 3.', 'Cursus 4.', 'Cursus 5.']);
    expect(coursesScript(en(), results)[0]).toBe('The first 5 of 6 courses.');
  });
});
