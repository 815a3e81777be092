import { describe, expect, it } from 'vitest';
import { scoreCheck } from '@digivaardig/core';
import { summarize } from './summary.js';
import { testSet } from '../test/question-sets.js';

const SET = testSet(
  [
    { id: 'mail', title: 'E-mail', questions: [{ id: 'm1', text: '1' }] },
    { id: 'web', title: 'Web', questions: [{ id: 'w1', text: '2' }] },
  ],
);

const title = (id: string) => id.toUpperCase();
const summary = (answers: Record<string, string>) => summarize(scoreCheck(SET, answers), title);

describe('summarize', () => {
  it('names the areas to learn most in, lowest first, in the visitor’s words', () => {
    expect(summary({ m1: 'yes', w1: 'no' })).toEqual({ kind: 'learn', names: ['WEB'] });
  });

  it('gives no praise when no area got a level (only "Weet ik niet")', () => {
    expect(summary({ m1: 'dont-know', w1: 'dont-know' })).toEqual({ kind: 'none' });
    expect(summary({})).toEqual({ kind: 'none' });
  });

  it('praises a visitor at the top level everywhere', () => {
    expect(summary({ m1: 'yes', w1: 'yes' })).toEqual({ kind: 'all-top' });
  });

  it('praises only where there is a level when some areas have none', () => {
    expect(summary({ m1: 'yes', w1: 'dont-know' })).toEqual({ kind: 'top-where-known' });
  });
});
