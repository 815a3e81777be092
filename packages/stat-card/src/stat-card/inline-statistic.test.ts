import type { Statistic } from '@digivaardig/core';
import { describe, expect, it } from 'vitest';
import { inlineStatistic, UNITS } from './inline-statistic.js';
import { parseSeries, statisticFromAttributes } from './series-attribute.js';

const record: Statistic = {
  id: 'basic-digital-skills-nl',
  value: 79,
  unit: 'percent',
  label: { nl: 'Nederlanders met basisvaardigheden', en: 'Dutch people with basic skills' },
  year: 2021,
  source: { name: 'CPB', year: 2021, url: 'https://www.cpb.nl/publicatie' },
  compare: { value: 58, label: { nl: 'EU-gemiddelde', en: 'EU average' } },
  series: [
    { label: '2019', value: 77 },
    { label: '2021', value: 79 },
  ],
  topic: 'skills',
  description: { nl: 'Uitleg', en: 'Explanation' },
};

const PAGE = 'https://bibliotheek.example/cijfers/index.html';

describe('UNITS', () => {
  it('are the units of the data format', () => {
    expect([...UNITS]).toEqual(['percent', 'number', 'people', 'euro']);
  });
});

describe('parseSeries', () => {
  it('reads JSON points', () => {
    expect(parseSeries('[{"label":"2012","value":9.8},{"label":"2021","value":18}]')).toEqual({
      series: [
        { label: '2012', value: 9.8 },
        { label: '2021', value: 18 },
      ],
      invalid: false,
    });
  });

  it('is nothing, and not invalid, when absent or blank', () => {
    for (const raw of [null, undefined, '', '  \n ']) expect(parseSeries(raw)).toEqual({ invalid: false });
  });

  it('accepts values written as text, with a decimal comma', () => {
    expect(parseSeries('[{"label":"2012","value":"9,8"}]').series).toEqual([{ label: '2012', value: 9.8 }]);
  });

  it('turns number labels into text', () => {
    expect(parseSeries('[{"label":2012,"value":1}]').series).toEqual([{ label: '2012', value: 1 }]);
  });

  it('refuses malformed JSON, an empty list and anything but a list', () => {
    for (const raw of ['[{"label":"2012","value":9.8}', '[]', '{"label":"2012","value":9.8}', '9.8', '"tekst"', 'null']) {
      expect(parseSeries(raw), raw).toEqual({ invalid: true });
    }
  });

  it('refuses the whole series when one point has no usable value or no label', () => {
    for (const raw of [
      '[{"label":"2012","value":9.8},{"label":"2021"}]',
      '[{"label":"2012","value":"veel"}]',
      '[{"label":"2012","value":null}]',
      '[{"label":"2012","value":true}]',
      '[{"label":"2012","value":"1e999"}]',
      '[{"value":9.8}]',
      '[null]',
      '[5]',
    ]) {
      expect(parseSeries(raw), raw).toEqual({ invalid: true });
    }
  });

  it('never shows "[object Object]" or "null" as a label', () => {
    // The data format allows { nl, en } labels; the attribute must keep or refuse them, not stringify them.
    for (const raw of ['[{"label":{"nl":"Zorg","en":"Care"},"value":18}]', '[{"label":null,"value":18}]']) {
      const result = parseSeries(raw);
      const labels = (result.series ?? []).map((point) => point.label);
      expect.soft(labels, raw).not.toContain('[object Object]');
      expect.soft(labels, raw).not.toContain('null');
    }
  });
});

describe('statisticFromAttributes', () => {
  it('builds a statistic from inline attributes alone', () => {
    const { statistic, problems } = statisticFromAttributes(
      {
        value: '79,5',
        unit: 'Percent',
        label: ' Nederlanders met basisvaardigheden ',
        year: '2021',
        source: 'CPB',
        sourceUrl: 'https://www.cpb.nl/',
        compareValue: '58',
        compareLabel: 'EU',
        description: 'Uitleg',
        series: '[{"label":"2019","value":77},{"label":"2021","value":79.5}]',
      },
      undefined,
      PAGE,
    );
    expect(problems).toEqual([]);
    expect(statistic).toEqual({
      id: 'inline',
      value: 79.5,
      unit: 'percent',
      label: 'Nederlanders met basisvaardigheden',
      year: 2021,
      source: { name: 'CPB', year: undefined, url: 'https://www.cpb.nl/' },
      compare: { value: 58, label: 'EU' },
      series: [
        { label: '2019', value: 77 },
        { label: '2021', value: 79.5 },
      ],
      topic: undefined,
      description: 'Uitleg',
    });
  });

  it('uses "number" when no unit is given', () => {
    expect(statisticFromAttributes({ value: '682', label: 'IDO’s' }, undefined).statistic?.unit).toBe('number');
  });

  it('gives no statistic without a label, and names the missing label when a value was given', () => {
    const missingLabel = { problems: [{ attribute: 'label', value: '', fallback: undefined }] };
    expect(statisticFromAttributes({ value: '79' }, undefined)).toEqual(missingLabel);
    expect(statisticFromAttributes({ value: '79', label: '   ' }, undefined)).toEqual(missingLabel);
  });

  it('gives no statistic without a value, and reports nothing', () => {
    expect(statisticFromAttributes({ label: 'Zonder cijfer' }, undefined)).toEqual({ problems: [] });
    expect(statisticFromAttributes({}, undefined)).toEqual({ problems: [] });
  });

  it('is the dataset record itself when no attribute is given', () => {
    const { statistic, problems } = statisticFromAttributes({}, record);
    expect(problems).toEqual([]);
    expect(statistic).toEqual(record);
  });

  it('lets inline attributes override the dataset record, keeping the rest', () => {
    const { statistic, problems } = statisticFromAttributes(
      { label: 'Eigen tekst', value: '80', year: '2023', source: 'Eigen bron', compareLabel: 'Europa', description: 'Eigen uitleg' },
      record,
    );
    expect(problems).toEqual([]);
    expect(statistic).toMatchObject({
      id: 'basic-digital-skills-nl',
      value: 80,
      unit: 'percent',
      label: 'Eigen tekst',
      year: 2023,
      source: { name: 'Eigen bron', year: 2021, url: 'https://www.cpb.nl/publicatie' },
      compare: { value: 58, label: 'Europa' },
      topic: 'skills',
      description: 'Eigen uitleg',
      series: record.series,
    });
  });

  it('reports a bad value by its attribute name and falls back to the record’s value', () => {
    const { statistic, problems } = statisticFromAttributes({ value: 'veel' }, record);
    expect(problems).toEqual([{ attribute: 'value', value: 'veel', fallback: 79 }]);
    expect(statistic?.value).toBe(79);
  });

  it('reports a bad value and gives no statistic when there is no record to fall back on', () => {
    const { statistic, problems } = statisticFromAttributes({ value: '79%', label: 'Tekst' }, undefined);
    expect(statistic).toBeUndefined();
    expect(problems).toEqual([{ attribute: 'value', value: '79%', fallback: undefined }]);
  });

  it('reports "1.000" as a bad value instead of reading it as 1', () => {
    const { statistic, problems } = statisticFromAttributes({ value: '1.000', label: 'Vragen' }, undefined);
    expect.soft(problems.map((problem) => problem.attribute)).toEqual(['value']);
    expect.soft(statistic?.value).not.toBe(1);
  });

  it('reports a bad unit and falls back to the record’s unit, or to "number"', () => {
    expect(statisticFromAttributes({ unit: 'liters' }, record)).toMatchObject({
      statistic: { unit: 'percent' },
      problems: [{ attribute: 'unit', value: 'liters', fallback: 'percent' }],
    });
    expect(statisticFromAttributes({ value: '3', label: 'x', unit: '%' }, undefined)).toMatchObject({
      statistic: { unit: 'number' },
      problems: [{ attribute: 'unit', value: '%', fallback: 'number' }],
    });
  });

  it('reports a bad year and falls back to the record’s year', () => {
    for (const year of ['21', '1800', '2101', 'vorig jaar', '2021.5']) {
      const { statistic, problems } = statisticFromAttributes({ year }, record);
      expect(problems, year).toEqual([{ attribute: 'year', value: year, fallback: 2021 }]);
      expect(statistic?.year, year).toBe(2021);
    }
  });

  it('reports a script or other non-web source-url, and keeps the record’s', () => {
    const { statistic, problems } = statisticFromAttributes({ sourceUrl: 'javascript:alert(1)' }, record);
    expect(problems).toEqual([
      { attribute: 'source-url', value: 'javascript:alert(1)', fallback: 'https://www.cpb.nl/publicatie' },
    ]);
    expect(statistic?.source?.url).toBe('https://www.cpb.nl/publicatie');
  });

  it('never lets a bad source-url through on an inline statistic', () => {
    const { statistic, problems } = statisticFromAttributes(
      { value: '1', label: 'x', sourceUrl: 'data:text/html,<script>alert(1)</script>' },
      undefined,
      PAGE,
    );
    expect(problems.map((problem) => problem.attribute)).toEqual(['source-url']);
    expect(statistic?.source?.url).toBeUndefined();
  });

  it('resolves a relative source-url against the page', () => {
    const { statistic } = statisticFromAttributes({ value: '1', label: 'x', sourceUrl: '../jaarverslag.pdf' }, undefined, PAGE);
    expect(statistic?.source?.url).toBe('https://bibliotheek.example/jaarverslag.pdf');
  });

  it('reports a bad compare-value', () => {
    const { statistic, problems } = statisticFromAttributes({ compareValue: 'de helft' }, record);
    expect(problems).toEqual([{ attribute: 'compare-value', value: 'de helft', fallback: 58 }]);
    expect(statistic?.compare?.value).toBe(58);
  });

  it('shows a comparison only with both a value and a label', () => {
    expect(statisticFromAttributes({ value: '79', label: 'x', compareValue: '58' }, undefined).statistic?.compare).toBeUndefined();
    expect(statisticFromAttributes({ value: '79', label: 'x', compareLabel: 'EU' }, undefined).statistic?.compare).toBeUndefined();
    expect(statisticFromAttributes({ value: '79', label: 'x', compareValue: '0', compareLabel: 'EU' }, undefined).statistic?.compare).toEqual({
      value: 0,
      label: 'EU',
    });
  });

  it('reports a bad series and keeps the record’s series', () => {
    const { statistic, problems } = statisticFromAttributes({ series: '[{"label":"2012"' }, record);
    expect(problems).toEqual([{ attribute: 'series', value: '[{"label":"2012"', fallback: undefined }]);
    expect(statistic?.series).toEqual(record.series);
  });

  it('without a series reader (a card without its chart part), leaves `series` unread and unreported', () => {
    const series = '[{"label":"2012","value":1}]';
    const { statistic, problems } = inlineStatistic({ value: '79', label: 'x', series: '[{"label":"2012"' }, record);
    expect(problems).toEqual([]);
    expect(statistic?.series).toEqual(record.series);
    expect(inlineStatistic({ value: '79', label: 'x', series }, undefined).statistic?.series).toBeUndefined();
    // With the reader, as statisticFromAttributes does: read and checked.
    expect(inlineStatistic({ value: '79', label: 'x', series }, undefined, undefined, parseSeries).statistic?.series).toEqual([
      { label: '2012', value: 1 },
    ]);
    expect(inlineStatistic({ series: '[]' }, record, undefined, parseSeries).problems.map((problem) => problem.attribute)).toEqual(['series']);
  });

  it('reports every bad attribute, each once, by its own name', () => {
    const { problems } = statisticFromAttributes(
      { value: 'x', unit: 'y', year: 'z', sourceUrl: 'mailto:a@b.nl', compareValue: 'q', series: '[]' },
      record,
    );
    expect(problems.map((problem) => problem.attribute)).toEqual(['value', 'unit', 'year', 'source-url', 'compare-value', 'series']);
  });

  it('does not count empty attributes as problems', () => {
    expect(
      statisticFromAttributes({ value: '', unit: '', year: ' ', sourceUrl: '', compareValue: '', series: '' }, record).problems,
    ).toEqual([]);
  });
});
