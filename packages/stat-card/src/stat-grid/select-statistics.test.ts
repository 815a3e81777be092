import type { Statistic } from '@digivaardig/core';
import { describe, expect, it } from 'vitest';
import { selectStatistics, TOPICS } from './select-statistics.js';

const make = (id: string, topic?: Statistic['topic']): Statistic => ({
  id,
  value: 1,
  unit: 'number',
  label: id,
  year: 2021,
  source: { name: 'X' },
  topic,
});

const all = [make('a', 'skills'), make('b', 'government'), make('c', 'skills'), make('d', 'ido'), make('e')];
const ids = (list: Statistic[]) => list.map((statistic) => statistic.id);

describe('TOPICS', () => {
  it('are the topics of the data format', () => {
    expect([...TOPICS]).toEqual(['skills', 'government', 'ido', 'access', 'safety']);
  });
});

describe('selectStatistics', () => {
  it('keeps the order of stats, not the dataset’s', () => {
    expect(ids(selectStatistics(all, 'd,a,c', undefined).selected)).toEqual(['d', 'a', 'c']);
  });

  it('trims spaces and ignores empty entries', () => {
    expect(ids(selectStatistics(all, ' b , ,a,', undefined).selected)).toEqual(['b', 'a']);
  });

  it('shows an id given twice once, at its first place', () => {
    const { selected, unknown } = selectStatistics(all, 'c,a,c,a', undefined);
    expect(ids(selected)).toEqual(['c', 'a']);
    expect(unknown).toEqual([]);
  });

  it('returns unknown ids so the element can warn, and still shows the known ones', () => {
    const { selected, unknown } = selectStatistics(all, 'a,no-such-figure,b,typo', undefined);
    expect(ids(selected)).toEqual(['a', 'b']);
    expect(unknown).toEqual(['no-such-figure', 'typo']);
  });

  it('matches ids exactly (ids are lower case)', () => {
    expect(selectStatistics(all, 'A', undefined)).toEqual({ selected: [], unknown: ['A'] });
  });

  it('uses stats before topic', () => {
    expect(ids(selectStatistics(all, 'b', 'skills').selected)).toEqual(['b']);
  });

  it('filters by topic when there are no stats', () => {
    expect(ids(selectStatistics(all, '', 'skills').selected)).toEqual(['a', 'c']);
    expect(ids(selectStatistics(all, ' , ', 'ido').selected)).toEqual(['d']);
    expect(selectStatistics(all, '', 'safety')).toEqual({ selected: [], unknown: [] });
  });

  it('shows everything without stats or topic, as a new list', () => {
    const { selected, unknown } = selectStatistics(all, '', undefined);
    expect(ids(selected)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(selected).not.toBe(all);
    expect(unknown).toEqual([]);
  });

  it('returns the records themselves', () => {
    expect(selectStatistics(all, 'b', undefined).selected[0]).toBe(all[1]);
  });
});
