import { describe, expect, it } from 'vitest';
import type { Progress, QuestionSet } from '@digivaardig/core';
import {
  askedQuestions,
  estimatedMinutes,
  knownAnswers,
  NOT_STARTED,
  openingState,
  placedAt,
  progressOf,
  restoredState,
  resumeStep,
  setPlace,
} from './flow.js';
import { testSet } from '../test/question-sets.js';

const SET = testSet(
  [
    { id: 'a', title: 'A', questions: [{ id: 'a1', text: '1' }, { id: 'a2', text: '2' }] },
    { id: 'b', title: 'B', questions: [{ id: 'b1', text: '3' }] },
  ],
);

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

describe('placedAt', () => {
  const asked = askedQuestions(SET.areas);

  it('is the intro without answers, the first open statement with some, the result with all', () => {
    expect(placedAt(asked, {})).toEqual(NOT_STARTED);
    expect(placedAt(asked, { a1: 'no' })).toEqual({ view: 'question', step: 1, answers: { a1: 'no' }, missing: false });
    // Answers elsewhere, the first statement still open: that statement, not the intro.
    expect(placedAt(asked, { b1: 'no' })).toMatchObject({ view: 'question', step: 0 });
    const all = { a1: 'no', a2: 'yes', b1: 'dont-know' };
    expect(placedAt(asked, all)).toEqual({ view: 'result', step: 3, answers: all, missing: false });
  });

  it('counts only the statements asked', () => {
    expect(placedAt(askedQuestions([SET.areas[1]!]), { b1: 'yes' })).toMatchObject({ view: 'result', step: 1 });
  });
});

describe('restoredState', () => {
  const asked = askedQuestions(SET.areas);
  const progress = (step: number, answers: Record<string, string>, completedAt?: string): Progress => ({
    framework: 'test',
    setVersion: '1',
    step,
    answers,
    ...(completedAt ? { completedAt } : {}),
  });

  it('goes on at the saved step', () => {
    expect(restoredState(asked, progress(1, { a1: 'no' }))).toEqual({ view: 'question', step: 1, answers: { a1: 'no' }, missing: false });
    expect(restoredState(asked, progress(0, {}))).toEqual(NOT_STARTED);
  });

  it('shows the result of a finished check, with the time it was finished', () => {
    const at = '2026-01-02T03:04:05.000Z';
    expect(restoredState(asked, progress(1, { a1: 'no' }, at))).toEqual({
      view: 'result',
      step: 3,
      answers: { a1: 'no' },
      missing: false,
      completedAt: at,
    });
    expect(restoredState(asked, progress(3, { a1: 'no', a2: 'no', b1: 'no' }))).toMatchObject({ view: 'result', step: 3 });
  });
});

describe('openingState', () => {
  const asked = askedQuestions(SET.areas);
  const saved: Progress = { framework: 'test', setVersion: '1', step: 2, answers: { a1: 'no', a2: 'yes' } };

  it('places the answers there are, and names those that do not fit the set', () => {
    let read = 0;
    const { state, dropped } = openingState(SET, asked, { a1: 'yes', zz: 'no' }, () => {
      read += 1;
      return saved;
    });
    expect(state).toMatchObject({ view: 'question', step: 1, answers: { a1: 'yes' } });
    expect(dropped).toEqual(['zz']);
    expect(read, 'saved progress is not read when there are answers').toBe(0);
  });

  it('opens at the saved progress without answers, else at the intro', () => {
    expect(openingState(SET, asked, {}, () => saved)).toEqual({ state: restoredState(asked, saved), dropped: [] });
    expect(openingState(SET, asked, {}, () => undefined)).toEqual({ state: NOT_STARTED, dropped: [] });
  });
});

describe('progressOf', () => {
  const asked = askedQuestions(SET.areas);

  it('keeps nothing before the visitor starts', () => {
    expect(progressOf(SET, asked, NOT_STARTED)).toBeUndefined();
  });

  it('keeps the step and the answers, and the time only of a result', () => {
    const at = '2026-01-02T03:04:05.000Z';
    expect(progressOf(SET, asked, { view: 'question', step: 0, answers: {}, missing: false })).toEqual({
      framework: 'test',
      setVersion: '1',
      step: 0,
      answers: {},
    });
    expect(progressOf(SET, asked, { view: 'intro', step: 0, answers: { a1: 'no' }, missing: false, completedAt: at })).toEqual({
      framework: 'test',
      setVersion: '1',
      step: 0,
      answers: { a1: 'no' },
    });
    const all = { a1: 'no', a2: 'no', b1: 'no' };
    expect(progressOf(SET, asked, { view: 'result', step: 3, answers: all, missing: false, completedAt: at })).toEqual({
      framework: 'test',
      setVersion: '1',
      step: 3,
      answers: all,
      completedAt: at,
    });
  });
});

describe('estimatedMinutes', () => {
  const sized = (duration: number | undefined, questions: number): QuestionSet => ({
    ...SET,
    ...(duration === undefined ? {} : { duration }),
    areas: [{ id: 'a', title: 'A', questions: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, text: `${i}` })) }],
  });

  it("scales the set's duration to the statements asked", () => {
    expect(estimatedMinutes(sized(10, 30), 30)).toBe(10);
    expect(estimatedMinutes(sized(10, 30), 15)).toBe(5);
  });

  it('takes about 10 seconds a statement without a duration, and never says less than 2 minutes', () => {
    expect(estimatedMinutes(sized(undefined, 60), 60)).toBe(10);
    expect(estimatedMinutes(sized(10, 30), 3)).toBe(2);
    expect(estimatedMinutes(sized(undefined, 0), 0)).toBe(2);
  });
});
