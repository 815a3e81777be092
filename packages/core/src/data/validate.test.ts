import type { Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import statisticSchema from '../../schemas/statistic.schema.json';
import { validateRecords } from './validate.js';

const schema = statisticSchema as unknown as Schema;

function statistic(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'basic-digital-skills-nl',
    value: 79,
    unit: 'percent',
    label: { nl: 'Nederlanders met basisvaardigheden', en: 'Dutch people with basic skills' },
    year: 2021,
    source: { name: 'CPB', year: 2021, url: 'https://www.cpb.nl/' },
    ...overrides,
  };
}

describe('validateRecords', () => {
  it('keeps every good record, in order', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b' }), statistic({ id: 'c' })];
    const { items, skipped } = validateRecords(records, schema);
    expect(items.map((item) => (item as { id: string }).id)).toEqual(['a', 'b', 'c']);
    expect(skipped).toEqual([]);
  });

  it('keeps the record itself (not a copy with fields removed)', () => {
    const record = statistic({ compare: { value: 58, label: 'EU' } });
    expect(validateRecords([record], schema).items[0]).toBe(record);
  });

  it('accepts an empty list', () => {
    expect(validateRecords([], schema)).toEqual({ items: [], skipped: [] });
  });

  it('skips bad records and keeps the good ones, with 1-based row numbers', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b', unit: 'liters' }), statistic({ id: 'c' })];
    const { items, skipped } = validateRecords(records, schema);
    expect(items).toHaveLength(2);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ row: 2, field: 'unit' });
  });

  it('numbers rows as the caller says (CSV: the header is line 1)', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b', year: 1800 })];
    const { skipped } = validateRecords(records, schema, (index) => index + 2);
    expect(skipped).toEqual([expect.objectContaining({ row: 3, field: 'year' })]);
  });

  it('names nested fields with a dotted path', () => {
    const { skipped } = validateRecords([statistic({ source: { name: 'CPB', url: 'ftp://cpb.nl/' } })], schema);
    expect(skipped).toEqual([expect.objectContaining({ row: 1, field: 'source.url' })]);
  });

  it('names the field inside a list', () => {
    const { skipped } = validateRecords(
      [statistic({ series: [{ label: '2012', value: 1 }, { label: '2021', value: 'veel' }] })],
      schema,
    );
    expect(skipped[0].field).toBe('series.1.value');
  });

  it('names a localized text that is neither text nor { nl, en }', () => {
    const { skipped } = validateRecords([statistic({ label: 5 })], schema);
    expect(skipped[0].field).toBe('label');
  });

  it('refuses a localized text without Dutch', () => {
    const { skipped } = validateRecords([statistic({ label: { en: 'Only English' } })], schema);
    expect(skipped).toHaveLength(1);
    expect(skipped[0].field).toMatch(/^label/);
  });

  it('says which required field is missing', () => {
    const record = statistic();
    delete record.value;
    const { skipped } = validateRecords([record], schema);
    expect(skipped).toHaveLength(1);
    expect(`${skipped[0].field} ${skipped[0].message}`).toContain('value');
  });

  it('refuses a text value where a number belongs', () => {
    const { skipped } = validateRecords([statistic({ value: '79' })], schema);
    expect(skipped[0]).toMatchObject({ row: 1, field: 'value' });
    expect(skipped[0].message).toMatch(/number/);
  });

  it('refuses ids that are not slugs', () => {
    for (const id of ['Met Spaties', 'UPPER', '-dash-first', '']) {
      expect(validateRecords([statistic({ id })], schema).skipped[0]?.field, id).toBe('id');
    }
  });

  it('skips a second record with an id already seen, keeping the first', () => {
    const first = statistic({ id: 'same', value: 1 });
    const second = statistic({ id: 'same', value: 2 });
    const { items, skipped } = validateRecords([first, statistic({ id: 'other' }), second], schema);
    expect(items).toEqual([first, expect.objectContaining({ id: 'other' })]);
    expect(skipped).toEqual([{ row: 3, field: 'id', message: 'duplicate id "same"' }]);
  });

  it('does not count a bad record’s id as seen', () => {
    const bad = statistic({ id: 'same', unit: 'liters' });
    const good = statistic({ id: 'same' });
    const { items, skipped } = validateRecords([bad, good], schema);
    expect(items).toEqual([good]);
    expect(skipped).toEqual([expect.objectContaining({ row: 1, field: 'unit' })]);
  });

  it('skips entries that are not objects', () => {
    const { items, skipped } = validateRecords([null, 5, 'tekst', [statistic()], true, statistic()], schema);
    expect(items).toHaveLength(1);
    expect(skipped.map((problem) => problem.row)).toEqual([1, 2, 3, 4, 5]);
    for (const problem of skipped) expect(problem).toMatchObject({ field: '', message: 'not an object' });
  });

  it('skips numbers too large to be finite (1e999 in JSON) and names the field', () => {
    const records = JSON.parse(
      `[${JSON.stringify(statistic({ id: 'a' })).replace('"value":79', '"value":1e999')},` +
        `${JSON.stringify(statistic({ id: 'b', compare: { value: 1, label: 'x' } })).replace('"value":1,', '"value":-1e999,')}]`,
    ) as unknown[];
    expect((records[0] as { value: number }).value).toBe(Infinity);
    const { items, skipped } = validateRecords(records, schema);
    expect(items).toEqual([]);
    expect(skipped).toEqual([
      { row: 1, field: 'value', message: 'number too large' },
      { row: 2, field: 'compare.value', message: 'number too large' },
    ]);
  });

  it('keeps HTML in text fields as plain text: validation neither strips nor refuses it', () => {
    const label = '<img src=x onerror="alert(1)"><b>79%</b>';
    const record = statistic({ label, description: { nl: '<script>alert(1)</script>' } });
    const { items, skipped } = validateRecords([record], schema);
    expect(skipped).toEqual([]);
    expect((items[0] as { label: string }).label).toBe(label);
    expect((items[0] as { description: { nl: string } }).description.nl).toBe('<script>alert(1)</script>');
  });

  it('refuses values beyond the schema’s limits', () => {
    expect(validateRecords([statistic({ year: 2101 })], schema).skipped[0].field).toBe('year');
    expect(validateRecords([statistic({ year: 2021.5 })], schema).skipped[0].field).toBe('year');
    expect(validateRecords([statistic({ topic: 'weather' })], schema).skipped[0].field).toBe('topic');
    const long = Array.from({ length: 101 }, (_, index) => ({ label: String(index), value: index }));
    expect(validateRecords([statistic({ series: long })], schema).skipped[0].field).toBe('series');
  });

  it('reports each bad record once', () => {
    const { skipped } = validateRecords([statistic({ unit: 'x', year: 'y', value: 'z' })], schema);
    expect(skipped).toHaveLength(1);
  });
});
