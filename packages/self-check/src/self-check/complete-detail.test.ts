import { describe, expect, it } from 'vitest';
import { scoreCheck } from '@digivaardig/core';
import { completeDetail } from './complete-detail.js';
import { testSet } from '../test/question-sets.js';

const SET = testSet(
  [
    { id: 'e-mail', title: 'E-mail', topic: 'communication', questions: [{ id: 'm1', text: '1' }] },
    { id: 'digid', title: 'DigiD', topic: 'e-government', questions: [{ id: 'd1', text: '2' }] },
    { id: 'other', title: 'Anders', questions: [{ id: 'o1', text: '3' }] },
  ],
  'library',
);

describe('completeDetail', () => {
  it("gives every area asked with its score, level and the set's topic, and the weakest areas", () => {
    const result = scoreCheck(SET, { m1: 'no', d1: 'yes', o1: 'dont-know' });
    expect(completeDetail(SET, result)).toEqual({
      framework: 'library',
      areas: [
        { id: 'e-mail', score: 0, level: 'low', topic: 'communication' },
        { id: 'digid', score: 100, level: 'high', topic: 'e-government' },
        // No topic in the set: the field is left out, not undefined.
        { id: 'other', score: null, level: null },
      ],
      weakest: ['e-mail'],
    });
    expect(Object.keys(completeDetail(SET, result).areas[2]!)).toEqual(['id', 'score', 'level']);
  });

  it('is a plain copy: changing it leaves the result alone', () => {
    const result = scoreCheck(SET, { m1: 'no', d1: 'no', o1: 'no' }, 'e-mail,digid');
    const detail = completeDetail(SET, result);
    expect(detail.areas.map((area) => area.id)).toEqual(['e-mail', 'digid']);
    detail.weakest.push('x');
    expect(result.weakest).not.toContain('x');
  });
});
