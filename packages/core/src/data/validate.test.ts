import type { Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import statisticSchema from '../../schemas/statistic.schema.json';
import type { DataIssue } from './report.js';
import { checkRecord, validateRecords } from './validate.js';

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

describe('validateRecords (forgiving)', () => {
  it('accepts an empty list', () => {
    expect(validateRecords([], schema)).toEqual({ items: [], skipped: [], fieldsLeftOut: [] });
  });

  it('keeps every good record, in order, as the same object', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b' })];
    const { items, skipped, fieldsLeftOut } = validateRecords(records, schema);
    expect(items).toEqual(records);
    expect(items[0]).toBe(records[0]);
    expect(skipped).toEqual([]);
    expect(fieldsLeftOut).toEqual([]);
  });

  it('drops a field that cannot be read and keeps the record, with 1-based row numbers', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b', unit: 'liters' }), statistic({ id: 'c' })];
    const { items, skipped, fieldsLeftOut } = validateRecords<Record<string, unknown>>(records, schema);
    expect(items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(items[1]).not.toHaveProperty('unit');
    expect(skipped).toEqual([]);
    expect(fieldsLeftOut).toEqual([expect.objectContaining({ row: 2, field: 'unit', reason: 'unknown-choice', value: 'liters' })]);
  });

  it('numbers rows as the caller says (CSV: the header is line 1)', () => {
    const records = [statistic({ id: 'a' }), statistic({ id: 'b', year: 1800 })];
    const { fieldsLeftOut } = validateRecords(records, schema, (index) => index + 2);
    expect(fieldsLeftOut).toEqual([expect.objectContaining({ row: 3, field: 'year', reason: 'out-of-range' })]);
  });

  it('leaves a record out only for an essential field: the label or the value', () => {
    const noLabel = statistic({ id: 'a' });
    delete noLabel.label;
    const { items, skipped } = validateRecords([noLabel, statistic({ id: 'b', value: 'veel' }), statistic({ id: 'c', label: 5 })], schema);
    expect(items).toEqual([]);
    expect(skipped).toEqual([
      expect.objectContaining({ row: 1, field: 'label' }),
      expect.objectContaining({ row: 2, field: 'value' }),
      expect.objectContaining({ row: 3, field: 'label' }),
    ]);
  });

  it('keeps a statistic without id, unit, year or source (the schema requires only label and value)', () => {
    const { items, skipped } = validateRecords([{ label: 'Iets', value: 3 }], schema);
    expect(skipped).toEqual([]);
    expect(items).toHaveLength(1);
  });

  it('drops the deepest part that fails: a nested field, or one item of a list', () => {
    const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>(
      [statistic({ source: { name: 'CPB', url: 'ftp://cpb.nl/' }, series: [{ label: '2012', value: 1 }, { label: '2021', value: 'veel' }, { label: '2023', value: 3 }] })],
      schema,
    );
    expect(items[0]!.source).toEqual({ name: 'CPB' });
    expect(items[0]!.series).toEqual([{ label: '2012', value: 1 }, { label: '2023', value: 3 }]);
    expect(fieldsLeftOut).toHaveLength(2);
    expect(fieldsLeftOut).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'series.1', reason: 'not-a-number', value: 'veel' }),
        expect.objectContaining({ field: 'source.url', reason: 'unsafe-link', value: 'ftp://cpb.nl/' }),
      ]),
    );
  });

  it('names list items by their place in the file, also after an earlier item was dropped', () => {
    const series = [{ label: 'a', value: 'x' }, { label: 'b', value: 2 }, { label: 'c', value: 'y' }];
    const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>([statistic({ series })], schema);
    expect(items[0]!.series).toEqual([{ label: 'b', value: 2 }]);
    expect(fieldsLeftOut.map((issue) => issue.field).sort()).toEqual(['series.0', 'series.2']);
  });

  it('drops one language of a text, not the whole text', () => {
    const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>([statistic({ description: { nl: 'Uitleg', en: 5 } })], schema);
    expect(items[0]!.description).toEqual({ nl: 'Uitleg' });
    expect(fieldsLeftOut).toEqual([expect.objectContaining({ field: 'description.en', reason: 'invalid' })]);
  });

  it('keeps every language of ours in a text: nl, en, ar, tr, pl, uk', () => {
    const label = { nl: 'Uitleg', en: 'Explanation', ar: 'شرح', tr: 'Açıklama', pl: 'Wyjaśnienie', uk: 'Пояснення' };
    const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>([statistic({ label, description: { nl: 'Uitleg', pl: 'Opis' } })], schema);
    expect(items[0]!.label).toEqual(label);
    expect(items[0]!.description).toEqual({ nl: 'Uitleg', pl: 'Opis' });
    expect(fieldsLeftOut).toEqual([]);
  });

  it('drops a language we do not have from a text, saying which, and keeps the rest', () => {
    const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>([statistic({ description: { nl: 'Uitleg', tr: 'Açıklama', de: 'Erklärung' } })], schema);
    expect(items[0]!.description).toEqual({ nl: 'Uitleg', tr: 'Açıklama' });
    expect(fieldsLeftOut).toEqual([expect.objectContaining({ field: 'description.de', reason: 'invalid', value: 'Erklärung' })]);
  });

  it('leaves out a localized essential without Dutch, saying it is missing', () => {
    const { skipped } = validateRecords([statistic({ label: { en: 'Only English' } })], schema);
    expect(skipped).toEqual([expect.objectContaining({ field: 'label' })]);
  });

  it('drops ids that are not slugs (the pipeline makes a new one)', () => {
    for (const id of ['Met Spaties', 'UPPER', '-dash-first', '']) {
      const { items, fieldsLeftOut } = validateRecords<Record<string, unknown>>([statistic({ id })], schema);
      expect(items[0], id).not.toHaveProperty('id');
      expect(fieldsLeftOut[0]?.field, id).toBe('id');
    }
  });

  it('drops numbers too large to be finite (1e999 in JSON); leaves the record out for the value', () => {
    const records = JSON.parse(
      `[${JSON.stringify(statistic({ id: 'a' })).replace('"value":79', '"value":1e999')},` +
        `${JSON.stringify(statistic({ id: 'b', compare: { value: 1, label: 'x' } })).replace('"value":1,', '"value":-1e999,')}]`,
    ) as unknown[];
    expect((records[0] as { value: number }).value).toBe(Infinity);
    const { items, skipped, fieldsLeftOut } = validateRecords<Record<string, unknown>>(records, schema);
    expect(skipped).toEqual([{ row: 1, field: 'value', message: 'number too large' }]);
    expect(items.map((item) => item.id)).toEqual(['b']);
    expect(items[0]).not.toHaveProperty('compare');
    expect(fieldsLeftOut).toEqual([expect.objectContaining({ row: 2, field: 'compare', reason: 'out-of-range' })]);
  });

  it('keeps HTML in text fields as plain text: validation neither strips nor refuses it', () => {
    const label = '<img src=x onerror="alert(1)"><b>79%</b>';
    const record = statistic({ label, description: { nl: '<script>alert(1)</script>' } });
    const { items, skipped, fieldsLeftOut } = validateRecords([record], schema);
    expect(skipped).toEqual([]);
    expect(fieldsLeftOut).toEqual([]);
    expect((items[0] as { label: string }).label).toBe(label);
  });

  it('skips entries that are not objects', () => {
    const { items, skipped } = validateRecords([null, 5, 'tekst', [statistic()], true, statistic()], schema);
    expect(items).toHaveLength(1);
    expect(skipped.map((problem) => problem.row)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('checkRecord: the reason for each schema keyword', () => {
  const reasonFor = (overrides: Record<string, unknown>, field: string) => {
    const dropped: DataIssue[] = [];
    const { leftOut } = checkRecord(statistic(overrides), schema, 7, dropped);
    const issue = leftOut ?? dropped.find((found) => found.field === field);
    expect(issue?.field, JSON.stringify(overrides)).toBe(field);
    expect(issue?.row).toBe(7);
    return issue?.reason;
  };

  it('maps each keyword to a closed reason', () => {
    expect(reasonFor({ value: 'twee' }, 'value')).toBe('not-a-number');
    expect(reasonFor({ year: 'vorig jaar' }, 'year')).toBe('not-a-number');
    expect(reasonFor({ unit: 'liters' }, 'unit')).toBe('unknown-choice');
    expect(reasonFor({ topic: 'weather' }, 'topic')).toBe('unknown-choice');
    expect(reasonFor({ year: 3025 }, 'year')).toBe('out-of-range');
    expect(reasonFor({ year: 2021.5 }, 'year')).toBe('not-a-number');
    expect(reasonFor({ description: 'x'.repeat(1001) }, 'description')).toBe('too-long');
    expect(reasonFor({ series: Array.from({ length: 101 }, (_, i) => ({ label: `${i}`, value: i })) }, 'series')).toBe('too-long');
    expect(reasonFor({ id: 'Met Spaties' }, 'id')).toBe('wrong-form');
    expect(reasonFor({ source: { name: 'CPB', url: 'javascript:alert(1)' } }, 'source.url')).toBe('unsafe-link');
    expect(reasonFor({ source: { name: 'CPB', url: 'www.cpb.nl' } }, 'source.url')).toBe('wrong-form');
    expect(reasonFor({ source: { url: 'https://cpb.nl' } }, 'source')).toBe('missing');
    expect(reasonFor({ label: '' }, 'label')).toBe('missing');
    expect(reasonFor({ label: 5 }, 'label')).toBe('invalid');
  });

  it('says a record is missing an essential field by its name', () => {
    const record = statistic();
    delete record.value;
    const { leftOut } = checkRecord(record, schema, 2, []);
    expect(leftOut).toMatchObject({ row: 2, field: 'value', reason: 'missing' });
  });

  it('reads unsafe mail addresses and dates where a schema asks for them', () => {
    const local: Schema = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        email: { type: 'string', pattern: '^[^@\\s<>?&]+@[^@\\s<>?&]+\\.[^@\\s<>?&]+$' },
        closed: { type: 'array', items: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      },
    };
    const dropped: DataIssue[] = [];
    const record = { name: 'x', email: 'a@b.nl?bcc=c@d.nl', closed: ['2026-12-25', '31-02-2026'] };
    expect(checkRecord(record, local, 1, dropped)).toEqual({});
    expect(record).toEqual({ name: 'x', closed: ['2026-12-25'] });
    expect(dropped).toEqual([
      expect.objectContaining({ field: 'closed.1', reason: 'not-a-date', value: '31-02-2026' }),
      expect.objectContaining({ field: 'email', reason: 'unsafe-email' }),
    ]);
    const plain: DataIssue[] = [];
    checkRecord({ name: 'x', email: 'geen adres' }, local, 1, plain);
    expect(plain[0]).toMatchObject({ field: 'email', reason: 'wrong-form' });
  });

  it('tells why a list item went when a required part of it was dropped first', () => {
    const local: Schema = {
      type: 'object',
      required: ['title', 'sessions'],
      properties: {
        title: { type: 'string' },
        sessions: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', required: ['start'], properties: { start: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, note: { type: 'string' } } },
        },
      },
    };
    const dropped: DataIssue[] = [];
    const record = { title: 'x', sessions: [{ start: '2026-01-05', note: 5 }, { start: 'morgen' }] };
    expect(checkRecord(record, local, 4, dropped)).toEqual({});
    expect(record.sessions).toEqual([{ start: '2026-01-05' }]);
    expect(dropped).toHaveLength(2);
    expect(dropped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'sessions.1', reason: 'not-a-date', value: 'morgen' }),
        expect.objectContaining({ field: 'sessions.0.note', reason: 'invalid' }),
      ]),
    );
    // No session left: the record goes, for the reason of its last session.
    const none: DataIssue[] = [];
    const { leftOut } = checkRecord({ title: 'x', sessions: [{ start: 'morgen' }] }, local, 4, none);
    expect(leftOut).toMatchObject({ row: 4, field: 'sessions', reason: 'not-a-date', value: 'morgen' });
    expect(none).toEqual([]);
  });
});
