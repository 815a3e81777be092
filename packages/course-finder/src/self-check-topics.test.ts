import { describe, expect, it } from 'vitest';
import { topicsFromSelfCheck } from './self-check-topics.js';

describe('topics from a dv-self-check-complete detail', () => {
  it('takes the weakest areas only, in order, using the topic each area carries', () => {
    const detail = {
      framework: 'bibliotheek-leiden',
      areas: [
        { id: 'e-mail', score: 20, level: 'starter', topic: 'communication' },
        { id: 'digid', score: 100, level: 'zelfstandig', topic: 'e-government' },
        { id: 'apps', score: 60, level: 'op-weg', topic: 'smartphone' },
      ],
      weakest: ['e-mail', 'apps'],
    };
    expect(topicsFromSelfCheck(detail)).toEqual(['communication', 'smartphone']);
  });

  it('falls back to the built-in sets’ area ids when an area carries no topic', () => {
    const detail = {
      framework: 'digiq',
      areas: [
        { id: 'strategic-information', score: 10, level: 'beginner' },
        { id: 'safety', score: 30, level: 'beginner' },
        { id: 'ai', score: 100, level: 'gevorderd' },
      ],
      weakest: ['strategic-information', 'safety'],
    };
    expect(topicsFromSelfCheck(detail)).toEqual(['information-search', 'safety']);
    expect(topicsFromSelfCheck({ framework: 'slo', areas: [], weakest: ['ict-basic-skills', 'computational-thinking'] })).toEqual(['basic-skills', 'problem-solving']);
  });

  it('selects nothing for a visitor at the top level everywhere (an empty weakest list)', () => {
    const detail = { framework: 'digiq', areas: [{ id: 'safety', score: 100, level: 'gevorderd', topic: 'safety' }], weakest: [] };
    expect(topicsFromSelfCheck(detail)).toEqual([]);
  });

  it('ignores areas outside weakest, unknown topics, repeats and malformed details', () => {
    const detail = {
      areas: [
        { id: 'a', topic: 'knitting' },
        { id: 'b', topic: 'safety' },
        { id: 'c', topic: 'safety' },
        { id: 'd', topic: 'ai' },
      ],
      weakest: ['a', 'b', 'c', 42],
    };
    expect(topicsFromSelfCheck(detail)).toEqual(['safety']);
    for (const bad of [undefined, null, 'safety', { weakest: 'safety' }, { areas: [{ id: 'x', topic: 'ai' }] }]) expect(topicsFromSelfCheck(bad)).toEqual([]);
  });
});
