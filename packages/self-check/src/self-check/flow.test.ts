import { describe, expect, it } from 'vitest';
import type { QuestionSet } from '@digivaardig/core';
import { askedQuestions, knownAnswers, resumeStep, setPlace } from './flow.js';

const SET: QuestionSet = {
  framework: 'test',
  version: '1',
  title: 'Test',
  scale: [
    { id: 'no', value: 0, label: 'Nee' },
    { id: 'yes', value: 1, label: 'Ja' },
    { id: 'dont-know', value: null, label: 'Weet ik niet' },
  ],
  levels: [{ id: 'low', min: 0, label: 'Laag' }],
  areas: [
    { id: 'a', title: 'A', questions: [{ id: 'a1', text: '1' }, { id: 'a2', text: '2' }] },
    { id: 'b', title: 'B', questions: [{ id: 'b1', text: '3' }] },
  ],
};

describe('askedQuestions', () => {
  it('lists the statements of the asked areas in order, with their area', () => {
    expect(askedQuestions(SET.areas).map(({ question, area, areaIndex }) => [question.id, area.id, areaIndex])).toEqual([
      ['a1', 'a', 0],
      ['a2', 'a', 0],
      ['b1', 'b', 1],
    ]);
    expect(askedQuestions([SET.areas[1]!]).map(({ question, areaIndex }) => [question.id, areaIndex])).toEqual([['b1', 0]]);
  });
});

describe('resumeStep', () => {
  const asked = askedQuestions(SET.areas);
  it('is the first unanswered statement, or the count when all are answered', () => {
    expect(resumeStep(asked, {})).toBe(0);
    expect(resumeStep(asked, { a1: 'no' })).toBe(1);
    expect(resumeStep(asked, { a1: 'no', b1: 'yes' })).toBe(1);
    expect(resumeStep(asked, { a1: 'no', a2: 'dont-know', b1: 'yes' })).toBe(3);
  });

  it('ignores answers to statements not asked, and inherited names', () => {
    expect(resumeStep(askedQuestions([SET.areas[1]!]), { a1: 'no' })).toBe(0);
    expect(resumeStep(asked, Object.create({ a1: 'no' }))).toBe(0);
  });
});

describe('knownAnswers', () => {
  it('keeps answers that fit the set and names the others', () => {
    expect(knownAnswers({ a1: 'yes', a2: 'maybe', zz: 'no', b1: 3 }, SET)).toEqual({
      answers: { a1: 'yes' },
      dropped: ['a2', 'zz', 'b1'],
    });
  });

  it('gives no answers for anything that is not an object of answers', () => {
    for (const given of [null, undefined, 'a1=yes', 42, ['yes']]) {
      expect(knownAnswers(given, SET)).toEqual({ answers: {}, dropped: [] });
    }
  });

  it('treats "__proto__" as an unknown question without touching prototypes', () => {
    const given = JSON.parse('{"__proto__":{"a1":"yes"},"a2":"no"}');
    const { answers, dropped } = knownAnswers(given, SET);
    expect(answers).toEqual({ a2: 'no' });
    expect(dropped).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });
});

describe('setPlace', () => {
  it.each([
    ['#/areas/2/questions/0/text', { area: 3, question: 1, field: 'text' }],
    ['areas.1.questions.3.help', { area: 2, question: 4, field: 'help' }],
    ['areas.0.links.1.url', { area: 1, question: undefined, field: 'links.1.url' }],
    ['#/areas/4/id', { area: 5, question: undefined, field: 'id' }],
    ['#/levels/1/min', { area: undefined, question: undefined, field: 'levels.1.min' }],
    ['scale', { area: undefined, question: undefined, field: 'scale' }],
    ['', { area: undefined, question: undefined, field: '' }],
    ['areas.x.title', { area: undefined, question: undefined, field: 'areas.x.title' }],
  ])('reads %s', (path, place) => {
    expect(setPlace(path)).toEqual(place);
  });
});
