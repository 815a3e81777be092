import type { Statistic } from '@digivaardig/core';
import { describe, expect, it, vi } from 'vitest';
import { CHART_TYPES, chartPoints, chartSummary, type ChartPoint, type SummaryWords } from './chart-data.js';

const base: Statistic = {
  id: 'x',
  value: 79,
  unit: 'percent',
  label: { nl: 'Met basisvaardigheden', en: 'With basic skills' },
  year: 2021,
  source: { name: 'CPB' },
};

const words: SummaryWords = {
  fromTo: (first, last) => `Van ${first.text} (${first.label}) naar ${last.text} (${last.label}).`,
  lowest: (point) => `Laagste: ${point.text} (${point.label}).`,
  highest: (point) => `Hoogste: ${point.text} (${point.label}).`,
};

const point = (label: string, value: number): ChartPoint => ({ label, value, text: String(value) });

describe('CHART_TYPES', () => {
  it('are the chart attribute values of the contract', () => {
    expect([...CHART_TYPES]).toEqual(['none', 'bar', 'line', 'doughnut']);
  });
});

describe('chartPoints', () => {
  it('draws the series when there is one, with formatted values', () => {
    const statistic: Statistic = {
      ...base,
      value: 18_000_000,
      unit: 'number',
      series: [
        { label: '2012', value: 9_800_000 },
        { label: '2021', value: 18_000_000 },
      ],
      compare: { value: 1, label: 'ignored' },
    };
    expect(chartPoints(statistic, 'nl', 'De rest')).toEqual([
      { label: '2012', value: 9_800_000, text: '9,8 miljoen' },
      { label: '2021', value: 18_000_000, text: '18 miljoen' },
    ]);
    expect(chartPoints(statistic, 'en', 'The rest')?.map((p) => p.text)).toEqual(['9.8 million', '18 million']);
  });

  it('uses the visitor’s language for localized series labels', () => {
    const statistic: Statistic = {
      ...base,
      series: [
        { label: { nl: 'Zorg', en: 'Healthcare' }, value: 18 },
        { label: { nl: 'Alleen Nederlands' }, value: 16 },
      ],
    };
    expect(chartPoints(statistic, 'en', 'The rest')?.map((p) => p.label)).toEqual(['Healthcare', 'Alleen Nederlands']);
    expect(chartPoints(statistic, 'nl', 'De rest')?.map((p) => p.label)).toEqual(['Zorg', 'Alleen Nederlands']);
  });

  it('draws the figure next to its comparison when there is no series', () => {
    const statistic: Statistic = { ...base, compare: { value: 58, label: { nl: 'EU-gemiddelde', en: 'EU average' } } };
    expect(chartPoints(statistic, 'nl', 'De rest')).toEqual([
      { label: 'Met basisvaardigheden', value: 79, text: '79%' },
      { label: 'EU-gemiddelde', value: 58, text: '58%' },
    ]);
    expect(chartPoints(statistic, 'en', 'The rest')?.[1].label).toBe('EU average');
  });

  it('treats an empty series as no series', () => {
    const statistic: Statistic = { ...base, series: [], compare: { value: 58, label: 'EU' } };
    expect(chartPoints(statistic, 'nl', 'De rest')?.map((p) => p.value)).toEqual([79, 58]);
  });

  it('draws the part and the rest of a percentage with nothing else to compare', () => {
    expect(chartPoints({ ...base, value: 17 }, 'nl', 'De rest')).toEqual([
      { label: 'Met basisvaardigheden', value: 17, text: '17%' },
      { label: 'De rest', value: 83, text: '83%' },
    ]);
    expect(chartPoints({ ...base, value: 4.5 }, 'en', 'The rest')?.map((p) => p.text)).toEqual(['4.5%', '95.5%']);
  });

  it('draws the part and the rest at the edges, 0% and 100%', () => {
    expect(chartPoints({ ...base, value: 0 }, 'nl', 'De rest')?.map((p) => p.value)).toEqual([0, 100]);
    expect(chartPoints({ ...base, value: 100 }, 'nl', 'De rest')?.map((p) => p.value)).toEqual([100, 0]);
  });

  it('has nothing to draw for a percentage outside 0–100 or a lone number', () => {
    expect(chartPoints({ ...base, value: 120 }, 'nl', 'De rest')).toBeUndefined();
    expect(chartPoints({ ...base, value: -5 }, 'nl', 'De rest')).toBeUndefined();
    expect(chartPoints({ ...base, value: 682, unit: 'number' }, 'nl', 'De rest')).toBeUndefined();
    expect(chartPoints({ ...base, value: 25, unit: 'euro' }, 'nl', 'De rest')).toBeUndefined();
  });
});

describe('chartSummary', () => {
  it('reads a short series out in full, in order', () => {
    const points = chartPoints(
      {
        ...base,
        value: 18_000_000,
        unit: 'number',
        series: [
          { label: '2012', value: 9_800_000 },
          { label: '2021', value: 18_000_000 },
        ],
      },
      'nl',
      'De rest',
    )!;
    expect(chartSummary(points, words)).toBe('2012: 9,8 miljoen; 2021: 18 miljoen.');
  });

  it('reads up to six points in full', () => {
    const points = [1, 2, 3, 4, 5, 6].map((n) => point(`p${n}`, n));
    const fromTo = vi.fn(words.fromTo);
    expect(chartSummary(points, { ...words, fromTo })).toBe('p1: 1; p2: 2; p3: 3; p4: 4; p5: 5; p6: 6.');
    expect(fromTo).not.toHaveBeenCalled();
  });

  it('reads a single point', () => {
    expect(chartSummary([point('2021', 87)], words)).toBe('2021: 87.');
  });

  it('sums up a longer series by its first and last point, its lowest and its highest', () => {
    const points = [point('2015', 50), point('2016', 40), point('2017', 90), point('2018', 60), point('2019', 70), point('2020', 65), point('2021', 80)];
    expect(chartSummary(points, words)).toBe(
      'Van 50 (2015) naar 80 (2021). Laagste: 40 (2016). Hoogste: 90 (2017).',
    );
  });

  it('names the first of equal extremes', () => {
    const points = [point('a', 5), point('b', 1), point('c', 9), point('d', 1), point('e', 9), point('f', 5), point('g', 5)];
    const lowest = vi.fn(words.lowest);
    const highest = vi.fn(words.highest);
    chartSummary(points, { ...words, lowest, highest });
    expect(lowest).toHaveBeenCalledWith(points[1]);
    expect(highest).toHaveBeenCalledWith(points[2]);
  });

  it('does not list the points of a long series', () => {
    const points = Array.from({ length: 12 }, (_, index) => point(`maand ${index + 1}`, index));
    const summary = chartSummary(points, words);
    expect(summary).not.toContain('maand 5');
    expect(summary).toContain('maand 1)');
    expect(summary).toContain('maand 12');
  });
});
