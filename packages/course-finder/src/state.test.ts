import { describe, expect, it } from 'vitest';
import { courseQuery, EMPTY_STATE, sortOf, stateFromAttributes, type StartAttributes } from './state.js';

const none: StartAttributes = { query: '', postcode: '', maxDistance: '', topics: '', programmes: '', formats: '', free: false };
const leiden = { origin: { lat: 52.16, lon: 4.49, label: 'Leiden', kind: 'place' as const }, measure: () => 1 };

describe('the state the attributes ask for', () => {
  it('is the empty state without attributes', () => {
    expect(stateFromAttributes(none)).toEqual({ state: EMPTY_STATE, problems: [] });
  });

  it('reads every starting attribute: lists lower-cased, words and postcode trimmed, km as people write them', () => {
    const { state, problems } = stateFromAttributes({
      query: ' tablet ', postcode: ' 2311 EZ ', maxDistance: '7,5', topics: 'Safety, ai', programmes: 'Klik-en-Tik,digisterker', formats: 'walk-in, GROUP', free: true,
    });
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...EMPTY_STATE, query: 'tablet', postcode: '2311 EZ', maxDistance: 7.5, topics: ['safety', 'ai'],
      programmes: ['klik-en-tik', 'digisterker'], formats: ['walk-in', 'group'], free: true,
    });
  });

  it('leaves out what it cannot use and names it, with what it used instead', () => {
    const { state, problems } = stateFromAttributes({ ...none, topics: 'safety,knitting', formats: 'cooking,online', maxDistance: 'far' });
    expect(state).toEqual({ ...EMPTY_STATE, topics: ['safety'], formats: ['online'] });
    expect(problems).toEqual([
      { attribute: 'topics', value: 'safety,knitting', fallback: 'safety' },
      { attribute: 'formats', value: 'cooking,online', fallback: 'online' },
      { attribute: 'max-distance', value: 'far', fallback: '' },
    ]);
    expect(stateFromAttributes({ ...none, maxDistance: '0' }).problems).toEqual([{ attribute: 'max-distance', value: '0', fallback: '' }]);
    expect(stateFromAttributes({ ...none, maxDistance: '-3' }).state.maxDistance).toBe(0);
  });
});

describe('the search a state asks for', () => {
  it('is soonest first without a place, nearest first with one, unless the visitor chose', () => {
    expect(sortOf(EMPTY_STATE, undefined)).toBe('date');
    expect(sortOf(EMPTY_STATE, {})).toBe('date');
    expect(sortOf(EMPTY_STATE, leiden)).toBe('distance');
    expect(sortOf({ ...EMPTY_STATE, sort: 'date' }, leiden)).toBe('date');
  });

  it('passes the filters on, the place as a point with its measure, and no distance limit for 0', () => {
    const state = { ...EMPTY_STATE, query: 'ai', topics: ['ai' as const], free: true, maxDistance: 0 };
    expect(courseQuery(state, undefined)).toMatchObject({ text: 'ai', topics: ['ai'], free: true, origin: undefined, maxDistanceKm: undefined, sort: 'date' });
    const near = courseQuery({ ...state, maxDistance: 10 }, leiden);
    expect(near).toMatchObject({ origin: leiden.origin, measure: leiden.measure, maxDistanceKm: 10, sort: 'distance' });
  });
});
