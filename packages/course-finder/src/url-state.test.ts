import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, hashQuery, parseState, stateHash } from './url-state.js';
import { topicsFromSelfCheck } from './self-check-topics.js';

describe('URL hash state', () => {
  it('reads the documented deep link', () => {
    const query = hashQuery('#dv-course-finder?topics=safety,ai,nonsense&free=1&formats=walk-in&max-distance=10', 'dv-course-finder');
    expect(parseState(query!)).toEqual({ topics: ['safety', 'ai'], free: true, formats: ['walk-in'], maxDistance: 10 });
    expect(hashQuery('#other?topics=safety', 'dv-course-finder')).toBeUndefined();
    expect(hashQuery('#dv-course-finder', 'dv-course-finder')).toBe('');
  });

  it('writes what differs from the empty state under the attributes’ names, and reads it back', () => {
    const state = {
      ...EMPTY_STATE, query: 'tablet café', topics: ['safety' as const], programmes: ['digisterker'], formats: ['group' as const],
      days: ['mo' as const], times: ['evening' as const], postcode: '2311 EZ', maxDistance: 10, sort: 'distance' as const,
    };
    const hash = stateHash(state, 'finder-1');
    expect(hash).toBe(
      '#finder-1?query=tablet+caf%C3%A9&topics=safety&programmes=digisterker&formats=group&days=mo&times=evening&postcode=2311+EZ&max-distance=10&sort=distance',
    );
    expect({ ...EMPTY_STATE, ...parseState(hashQuery(hash, 'finder-1')!) }).toEqual(state);
    expect(stateHash(EMPTY_STATE, 'dv-course-finder')).toBe('#dv-course-finder');
  });

  it('still reads the names links had before 1.0 (q, programme, format, time, distance)', () => {
    expect(parseState('q=tablet&programme=Klik-en-Tik,digisterker&format=walk-in,cooking&time=morning&distance=25&topics=ai')).toEqual({
      query: 'tablet', programmes: ['klik-en-tik', 'digisterker'], formats: ['walk-in'], times: ['morning'], maxDistance: 25, topics: ['ai'],
    });
  });

  it('lets the new name win when a link has both', () => {
    expect(parseState('q=old&query=new&format=group&formats=online&time=morning&times=evening&distance=5&max-distance=50&programme=a&programmes=b')).toEqual({
      query: 'new', formats: ['online'], times: ['evening'], maxDistance: 50, programmes: ['b'],
    });
    // Present but empty is an answer too: the old name does not fill it in.
    expect(parseState('query=&q=old')).toEqual({ query: '' });
  });

  it('ignores unusable values', () => {
    expect(parseState('max-distance=-3&sort=price&days=xx')).toEqual({ days: [], sort: '' });
    expect(parseState('distance=far')).toEqual({});
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
