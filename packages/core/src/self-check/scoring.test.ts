import { describe, expect, it } from 'vitest';
import {
  adviceKeyFor,
  levelFor,
  scoreArea,
  scoreCheck,
  selectAreas,
  weakestAreas,
  type AreaScore,
} from './scoring.js';
import type { Area, Level, QuestionSet, ScaleOption } from './types.js';

const LEVELS: Level[] = [
  { id: 'beginner', min: 0, label: 'Beginner' },
  { id: 'basis', min: 40, label: 'Basis' },
  { id: 'gevorderd', min: 75, label: 'Gevorderd' },
];

const SCALE: ScaleOption[] = [
  { id: 'cannot', value: 0, label: 'Dat kan ik niet' },
  { id: 'with-help', value: 1, label: 'Dat kan ik met hulp' },
  { id: 'on-my-own', value: 2, label: 'Dat kan ik zelf' },
  { id: 'can-help-others', value: 3, label: 'Dat kan ik goed en ik kan anderen helpen' },
  { id: 'dont-know', value: null, label: 'Weet ik niet' },
  { id: 'dont-understand', value: null, label: 'Ik begrijp de vraag niet' },
];

function area(id: string, questionCount = 3): Area {
  const questions = Array.from({ length: questionCount }, (_, i) => ({ id: `${id}-${i + 1}`, text: `Ik kan ${i}` }));
  return { id, title: id, questions };
}

const SET: QuestionSet = {
  framework: 'test',
  version: '1',
  title: 'Test',
  scale: SCALE,
  levels: LEVELS,
  areas: [area('a'), area('b'), area('c'), area('d'), area('e')],
};

/** Answers every question of an area with the same option. */
function all(areaId: string, optionId: string, count = 3): Record<string, string> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`${areaId}-${i + 1}`, optionId]));
}

describe('levelFor', () => {
  it.each([
    [0, 'beginner'],
    [39, 'beginner'],
    [40, 'basis'],
    [74, 'basis'],
    [75, 'gevorderd'],
    [100, 'gevorderd'],
  ])('gives %i the level %s (thresholds inclusive at min)', (score, level) => {
    expect(levelFor(score, LEVELS)).toBe(level);
  });

  it('gives no level for no score, a score below every threshold, or NaN', () => {
    expect(levelFor(null, LEVELS)).toBeNull();
    expect(levelFor(-1, LEVELS)).toBeNull();
    expect(levelFor(Number.NaN, LEVELS)).toBeNull();
    expect(levelFor(50, [])).toBeNull();
  });

  it('does not depend on the order of the levels', () => {
    const shuffled = [LEVELS[2]!, LEVELS[0]!, LEVELS[1]!];
    expect([39, 40, 74, 75].map((score) => levelFor(score, shuffled))).toEqual([
      'beginner',
      'basis',
      'basis',
      'gevorderd',
    ]);
  });
});

describe('adviceKeyFor', () => {
  it('maps the lowest level to low, the highest to high and those between to mid', () => {
    expect(adviceKeyFor('beginner', LEVELS)).toBe('low');
    expect(adviceKeyFor('basis', LEVELS)).toBe('mid');
    expect(adviceKeyFor('gevorderd', LEVELS)).toBe('high');
  });

  it('works with two levels and gives null without a known level', () => {
    const two = [LEVELS[0]!, LEVELS[2]!];
    expect(adviceKeyFor('beginner', two)).toBe('low');
    expect(adviceKeyFor('gevorderd', two)).toBe('high');
    expect(adviceKeyFor(null, LEVELS)).toBeNull();
    expect(adviceKeyFor('expert', LEVELS)).toBeNull();
  });
});

describe('scoreArea', () => {
  it('scales the lowest answer to 0 and the highest to 100', () => {
    expect(scoreArea(area('a'), all('a', 'cannot'), SET)).toEqual({
      id: 'a',
      score: 0,
      level: 'beginner',
      answered: 3,
      unscored: 0,
      total: 3,
    });
    expect(scoreArea(area('a'), all('a', 'can-help-others'), SET).score).toBe(100);
    expect(scoreArea(area('a'), all('a', 'on-my-own'), SET)).toMatchObject({ score: 67, level: 'basis' });
  });

  it('takes the mean and rounds to a whole number', () => {
    const fourQuestions = area('a', 4);
    const answers = { 'a-1': 'cannot', 'a-2': 'with-help', 'a-3': 'on-my-own', 'a-4': 'can-help-others' };
    expect(scoreArea(fourQuestions, answers, SET).score).toBe(50);
    // (1 + 1 + 2) / 9 = 44.4…%
    expect(scoreArea(area('a'), { 'a-1': 'with-help', 'a-2': 'with-help', 'a-3': 'on-my-own' }, SET).score).toBe(44);
  });

  describe('at the level boundaries', () => {
    // A 0–100 scale makes every boundary score reachable with one answer.
    const percentScale: ScaleOption[] = [0, 39, 40, 74, 75, 100].map((value) => ({
      id: `p${value}`,
      value,
      label: `${value}`,
    }));
    const set = { scale: percentScale, levels: LEVELS };

    it.each([
      ['p39', 39, 'beginner'],
      ['p40', 40, 'basis'],
      ['p74', 74, 'basis'],
      ['p75', 75, 'gevorderd'],
    ])('answer %s scores %i: %s', (option, score, level) => {
      expect(scoreArea(area('a', 1), { 'a-1': option }, set)).toMatchObject({ score, level });
    });

    it('rounds a mean of 39.5 up to 40, which is basis', () => {
      expect(scoreArea(area('a', 2), { 'a-1': 'p39', 'a-2': 'p40' }, set)).toMatchObject({
        score: 40,
        level: 'basis',
      });
    });

    it('rounds a mean of 74.5 up to 75, which is gevorderd', () => {
      expect(scoreArea(area('a', 2), { 'a-1': 'p74', 'a-2': 'p75' }, set)).toMatchObject({
        score: 75,
        level: 'gevorderd',
      });
    });
  });

  it('says "no score" for an area answered only with "don\'t know" answers', () => {
    const answers = { 'a-1': 'dont-know', 'a-2': 'dont-understand', 'a-3': 'dont-know' };
    expect(scoreArea(area('a'), answers, SET)).toEqual({
      id: 'a',
      score: null,
      level: null,
      answered: 3,
      unscored: 3,
      total: 3,
    });
  });

  it('leaves "don\'t know" answers out of the mean', () => {
    const answers = { 'a-1': 'dont-know', 'a-2': 'can-help-others', 'a-3': 'dont-understand' };
    expect(scoreArea(area('a'), answers, SET)).toMatchObject({ score: 100, answered: 3, unscored: 2 });
  });

  it('ignores unanswered questions, unknown answer ids and answers to other questions', () => {
    expect(scoreArea(area('a'), {}, SET)).toMatchObject({ score: null, level: null, answered: 0, unscored: 0 });
    const answers = { 'a-1': 'on-my-own', 'a-2': 'maybe', 'b-1': 'cannot' };
    expect(scoreArea(area('a'), answers, SET)).toMatchObject({ score: 67, answered: 1 });
  });

  it('does not read inherited properties for question ids like "constructor"', () => {
    const tricky: Area = { id: 'x', title: 'x', questions: [{ id: 'constructor', text: 'x' }, { id: 'tostring', text: 'x' }] };
    expect(scoreArea(tricky, {}, SET)).toMatchObject({ score: null, answered: 0 });
  });

  it('works with a scale that does not start at 0', () => {
    const scale: ScaleOption[] = [
      { id: 'one', value: 1, label: '1' },
      { id: 'five', value: 5, label: '5' },
    ];
    const set = { scale, levels: LEVELS };
    expect(scoreArea(area('a', 1), { 'a-1': 'one' }, set).score).toBe(0);
    expect(scoreArea(area('a', 2), { 'a-1': 'one', 'a-2': 'five' }, set).score).toBe(50);
  });
});

describe('selectAreas', () => {
  const ids = (selection: { areas: readonly Area[] }) => selection.areas.map((a) => a.id);

  it('gives all areas without a list, or with an empty one', () => {
    for (const input of [undefined, null, '', '  , ', []]) {
      const selection = selectAreas(SET, input);
      expect(ids(selection)).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(selection.unknown).toEqual([]);
    }
  });

  it('keeps set order, whatever the order, case, spacing or repeats of the list', () => {
    const selection = selectAreas(SET, ' D, b,,B  a ');
    expect(ids(selection)).toEqual(['a', 'b', 'd']);
    expect(selection.unknown).toEqual([]);
    expect(ids(selectAreas(SET, ['e', 'c']))).toEqual(['c', 'e']);
  });

  it('lists unknown ids so the caller can warn', () => {
    const selection = selectAreas(SET, 'c,nope,a,ai');
    expect(ids(selection)).toEqual(['a', 'c']);
    expect(selection.unknown).toEqual(['nope', 'ai']);
  });

  it('falls back to all areas when none of the ids is known', () => {
    const selection = selectAreas(SET, 'x,y');
    expect(ids(selection)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(selection.unknown).toEqual(['x', 'y']);
  });
});

describe('weakestAreas', () => {
  const score = (id: string, value: number | null): AreaScore => ({
    id,
    score: value,
    level: null,
    answered: 1,
    unscored: 0,
    total: 1,
  });

  it('names up to three lowest areas, lowest first, without areas that have no score', () => {
    const scores = [score('a', 80), score('b', null), score('c', 20), score('d', 60), score('e', 40)];
    expect(weakestAreas(scores)).toEqual(['c', 'e', 'd']);
  });

  it('breaks ties by set order', () => {
    const scores = [score('a', 50), score('b', 30), score('c', 50), score('d', 30), score('e', 50)];
    expect(weakestAreas(scores)).toEqual(['b', 'd', 'a']);
  });

  it('leaves out areas already at the top level: there is nothing left to advise there', () => {
    const at = (id: string, value: number, level: string): AreaScore => ({ ...score(id, value), level });
    const scores = [at('a', 100, 'gevorderd'), at('b', 30, 'beginner'), at('c', 80, 'gevorderd'), at('d', 50, 'basis')];
    expect(weakestAreas(scores, 3, 'gevorderd')).toEqual(['b', 'd']);
    expect(weakestAreas([at('a', 90, 'gevorderd')], 3, 'gevorderd')).toEqual([]);
  });

  it('names fewer when fewer areas have a score', () => {
    expect(weakestAreas([score('a', null), score('b', 90)])).toEqual(['b']);
    expect(weakestAreas([score('a', null)])).toEqual([]);
    expect(weakestAreas([score('a', 10), score('b', 20)], 1)).toEqual(['a']);
  });
});

describe('scoreCheck', () => {
  const answers = {
    ...all('a', 'can-help-others'),
    ...all('b', 'with-help'),
    ...all('c', 'dont-know'),
    ...all('d', 'with-help'),
    ...all('e', 'cannot'),
  };

  it('scores every area in set order and names the weakest', () => {
    const result = scoreCheck(SET, answers);
    expect(result.framework).toBe('test');
    expect(result.areas.map(({ id, score, level }) => ({ id, score, level }))).toEqual([
      { id: 'a', score: 100, level: 'gevorderd' },
      { id: 'b', score: 33, level: 'beginner' },
      { id: 'c', score: null, level: null },
      { id: 'd', score: 33, level: 'beginner' },
      { id: 'e', score: 0, level: 'beginner' },
    ]);
    expect(result.weakest).toEqual(['e', 'b', 'd']);
  });

  it('scores only the selected areas', () => {
    const result = scoreCheck(SET, answers, 'd,a');
    expect(result.areas.map((a) => a.id)).toEqual(['a', 'd']);
    // a is "gevorderd": nothing left to advise, so it is not among the weakest.
    expect(result.weakest).toEqual(['d']);
  });

  it('gives the same result for the same answers, in any key order', () => {
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    expect(scoreCheck(SET, reversed)).toEqual(scoreCheck(SET, answers));
    expect(scoreCheck(SET, answers)).toEqual(scoreCheck(SET, answers));
  });

  it('gives no scores and no weakest areas without answers', () => {
    const result = scoreCheck(SET, {});
    expect(result.areas.every((a) => a.score === null && a.level === null)).toBe(true);
    expect(result.weakest).toEqual([]);
  });
});
