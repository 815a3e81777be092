import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, hashQuery, parseState, stateHash } from './url-state.js';
import { topicsFromSelfCheck } from './self-check-topics.js';

describe('URL hash state', () => {
  it('reads the documented deep link', () => {
    const query = hashQuery('#dv-course-finder?topics=safety,ai,nonsense&free=1&format=walk-in&distance=10', 'dv-course-finder');
    expect(parseState(query!)).toEqual({ topics: ['safety', 'ai'], free: true, formats: ['walk-in'], distance: 10 });
    expect(hashQuery('#other?topics=safety', 'dv-course-finder')).toBeUndefined();
    expect(hashQuery('#dv-course-finder', 'dv-course-finder')).toBe('');
  });
  it('writes what differs from the empty state and reads it back', () => {
    const state = { ...EMPTY_STATE, q: 'tablet café', topics: ['safety' as const], days: ['mo' as const], times: ['evening' as const], postcode: '2311 EZ', sort: 'distance' as const };
    const hash = stateHash(state, 'finder-1');
    expect(hash).toBe('#finder-1?q=tablet+caf%C3%A9&topics=safety&days=mo&time=evening&postcode=2311+EZ&sort=distance');
    expect({ ...EMPTY_STATE, ...parseState(hashQuery(hash, 'finder-1')!) }).toEqual(state);
    expect(stateHash(EMPTY_STATE, 'dv-course-finder')).toBe('#dv-course-finder');
  });
  it('ignores unusable values', () => {
    expect(parseState('distance=-3&sort=price&days=xx')).toEqual({ days: [], sort: '' });
  });
});

describe('self-check result → topics', () => {
  it('maps the weakest areas to topics, built-in area ids included', () => {
    expect(topicsFromSelfCheck({ framework: 'digiq', areas: [], weakest: ['safety', 'strategic-information', 'ai'] })).toEqual([
      'safety', 'information-search', 'ai',
    ]);
    expect(topicsFromSelfCheck({ framework: 'slo', areas: [], weakest: ['ict-basic-skills', 'information-skills'] })).toEqual([
      'basic-skills', 'information-search',
    ]);
    expect(topicsFromSelfCheck({ weakest: ['my-area'], areas: [{ id: 'my-area', topic: 'smartphone' }] })).toEqual(['smartphone']);
    expect(topicsFromSelfCheck({ weakest: ['unknown', 3] })).toEqual([]);
    expect(topicsFromSelfCheck(null)).toEqual([]);
  });
});
