import type { Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import statisticSchema from '../../schemas/statistic.schema.json';
import { coerceCell, coerceRecord, isDateSchema, rowReader, unflattenRecord, unflattenRows } from './coerce.js';
import { validateRecords } from './validate.js';

const schema = statisticSchema as unknown as Schema;

/** A small format with the cell types the statistic format does not have. */
const testSchema: Schema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    free: { type: 'boolean' },
    seats: { type: 'integer' },
    services: { type: 'array', items: { type: 'string' } },
    scores: { type: 'array', items: { type: 'number' } },
    sessions: {
      type: 'array',
      items: { type: 'object', properties: { start: { type: 'string' }, seats: { type: 'integer' } } },
    },
    location: { $ref: '#/$defs/place' },
  },
  $defs: {
    place: { type: 'object', properties: { city: { type: 'string' }, lat: { type: 'number' } } },
  },
};

const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

describe('coerceCell', () => {
  const number: Schema = { type: 'number' };

  it('is undefined for an empty or blank cell', () => {
    expect(coerceCell('', number, schema)).toBeUndefined();
    expect(coerceCell('   ', { type: 'string' }, schema)).toBeUndefined();
  });

  it('reads numbers with a decimal point or a Dutch decimal comma', () => {
    expect(coerceCell('79', number, schema)).toBe(79);
    expect(coerceCell('79.5', number, schema)).toBe(79.5);
    expect(coerceCell('79,5', number, schema)).toBe(79.5);
    expect(coerceCell(' -4,25 ', number, schema)).toBe(-4.25);
    expect(coerceCell('1e6', number, schema)).toBe(1_000_000);
  });

  it('leaves what is no number as text, so validation names the field', () => {
    expect(coerceCell('zeventig', number, schema)).toBe('zeventig');
    expect(coerceCell('1,2,3', number, schema)).toBe('1,2,3');
  });

  it('leaves "1.000" (a thousand, or one?) as text, but reads several groups of three as thousands', () => {
    expect.soft(coerceCell('1.000', number, schema)).toBe('1.000');
    expect.soft(coerceCell('18.000.000', number, schema)).toBe(18_000_000);
  });

  it('reads prices and percentages', () => {
    expect(coerceCell('€ 2,50', number, schema)).toBe(2.5);
    expect(coerceCell('79%', number, schema)).toBe(79);
    expect(coerceCell('gratis', number, schema)).toBe(0);
  });

  it('reads a Dutch date where the schema asks for YYYY-MM-DD, and leaves an impossible one as text', () => {
    const date: Schema = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    expect(coerceCell('25-12-2026', date, schema)).toBe('2026-12-25');
    expect(coerceCell('za 25 dec. 2026', date, schema)).toBe('2026-12-25');
    expect(coerceCell('31-02-2026', date, schema)).toBe('31-02-2026');
    expect(coerceCell('25-12-2026', { type: 'string' }, schema)).toBe('25-12-2026');
  });

  it('reads a year as "2021", "jaar 2021" or a whole date where the schema asks for a year', () => {
    const year: Schema = { type: 'integer', minimum: 1900, maximum: 2100 };
    expect(coerceCell('2021', year, schema)).toBe(2021);
    expect(coerceCell('jaar 2021', year, schema)).toBe(2021);
    expect(coerceCell('1-7-2021', year, schema)).toBe(2021);
    expect(coerceCell("'21", year, schema)).toBe("'21");
  });

  it('reads yes/no words as booleans, in Dutch and English', () => {
    const bool: Schema = { type: 'boolean' };
    for (const yes of ['true', 'ja', 'Ja', 'yes', '1', 'waar']) expect(coerceCell(yes, bool, schema), yes).toBe(true);
    for (const no of ['false', 'nee', 'NEE', 'no', '0', 'onwaar']) expect(coerceCell(no, bool, schema), no).toBe(false);
    expect(coerceCell('misschien', bool, schema)).toBe('misschien');
  });

  it('splits lists on ";" and drops empty parts', () => {
    const list: Schema = { type: 'array', items: { type: 'string' } };
    expect(coerceCell('digid; uwv;;svb ;', list, schema)).toEqual(['digid', 'uwv', 'svb']);
  });

  it('converts list items as their schema asks', () => {
    const list: Schema = { type: 'array', items: { type: 'number' } };
    expect(coerceCell('1;2,5;3', list, schema)).toEqual([1, 2.5, 3]);
  });

  it('reads a JSON array in a list cell', () => {
    const list: Schema = { type: 'array' };
    expect(coerceCell('[{"label":"2012","value":9.8}]', list, schema)).toEqual([{ label: '2012', value: 9.8 }]);
  });

  it('leaves broken JSON in a list cell as text', () => {
    const list: Schema = { type: 'array' };
    expect(coerceCell('[{"label":', list, schema)).toBe('[{"label":');
  });

  it('keeps text as text, trimmed', () => {
    expect(coerceCell('  CBS  ', { type: 'string' }, schema)).toBe('CBS');
    expect(coerceCell('42', { type: 'string' }, schema)).toBe('42');
    expect(coerceCell('42', undefined, schema)).toBe('42');
  });
});

describe('unflattenRecord with the statistic schema', () => {
  const row = {
    id: 'library-visitors-helped',
    value: '1250',
    unit: 'people',
    'label.nl': 'Mensen die we hielpen',
    'label.en': 'People we helped',
    year: '2025',
    'source.name': 'Bibliotheek Voorbeeldstad',
    'source.year': '2025',
    'source.url': 'https://www.example.org/jaarverslag',
    'compare.value': '79,5',
    'compare.label': 'Vorig jaar',
    topic: 'ido',
    series: '[{"label":"2023","value":610},{"label":"2024","value":980}]',
    description: '',
  };

  it('nests dotted fields and converts numbers and integers', () => {
    expect(plain(unflattenRecord(row, schema))).toEqual({
      id: 'library-visitors-helped',
      value: 1250,
      unit: 'people',
      label: { nl: 'Mensen die we hielpen', en: 'People we helped' },
      year: 2025,
      source: { name: 'Bibliotheek Voorbeeldstad', year: 2025, url: 'https://www.example.org/jaarverslag' },
      compare: { value: 79.5, label: 'Vorig jaar' },
      topic: 'ido',
      series: [
        { label: '2023', value: 610 },
        { label: '2024', value: 980 },
      ],
    });
  });

  it('reads a column per language for every language of ours (label.ar … label.uk)', () => {
    const record = unflattenRecord({ ...row, 'label.ar': 'أشخاص ساعدناهم', 'label.tr': 'Yardım ettiğimiz kişiler', 'label.pl': 'Osoby, którym pomogliśmy', 'label.uk': '' }, schema);
    expect(plain(record.label)).toEqual({
      nl: 'Mensen die we hielpen',
      en: 'People we helped',
      ar: 'أشخاص ساعدناهم',
      tr: 'Yardım ettiğimiz kişiler',
      pl: 'Osoby, którym pomogliśmy',
    });
    expect(validateRecords([record], schema).skipped).toEqual([]);
  });

  it('leaves empty cells out, so optional fields are absent rather than ""', () => {
    const record = unflattenRecord({ ...row, 'label.en': '', 'source.url': '  ', series: '' }, schema);
    expect('description' in record).toBe(false);
    expect('series' in record).toBe(false);
    expect(Object.keys(record.label as object)).toEqual(['nl']);
    expect('url' in (record.source as object)).toBe(false);
  });

  it('gives a record that passes validation', () => {
    const { items, skipped } = validateRecords([unflattenRecord(row, schema)], schema);
    expect(skipped).toEqual([]);
    expect(items).toHaveLength(1);
  });

  it('reads a decimal comma in the value', () => {
    expect(unflattenRecord({ value: '8,4' }, schema).value).toBe(8.4);
  });

  it('leaves "1.000" as text, so validation names the value field', () => {
    const record = unflattenRecord({ ...row, value: '1.000' }, schema);
    expect.soft(record.value).toBe('1.000');
    const { skipped } = validateRecords([record], schema, () => 2);
    expect.soft(skipped).toEqual([expect.objectContaining({ row: 2, field: 'value' })]);
  });

  it('leaves a year that is no whole number as text for validation', () => {
    const record = unflattenRecord({ ...row, year: 'twintig' }, schema);
    expect(record.year).toBe('twintig');
    expect(validateRecords([record], schema).fieldsLeftOut[0]?.field).toBe('year');
  });

  it('ignores __proto__, constructor and prototype headers (no prototype pollution)', () => {
    // Object.fromEntries makes real own "__proto__" keys, as the CSV parser does.
    const flat = Object.fromEntries([
      ['id', 'a'],
      ['__proto__', 'x'],
      ['__proto__.polluted', 'yes'],
      ['constructor.prototype.polluted', 'yes'],
      ['constructor', 'x'],
      ['source.__proto__.polluted', 'yes'],
      ['label.prototype', 'x'],
    ]) as Record<string, string>;
    expect(Object.keys(flat)).toContain('__proto__');
    const record = unflattenRecord(flat, schema);
    expect(Object.keys(record)).toEqual(['id']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores headers with empty path parts', () => {
    const record = unflattenRecord({ id: 'a', '': 'x', 'source.': 'y', '.name': 'z', 'a..b': 'w' }, schema);
    expect(plain(record)).toEqual({ id: 'a' });
  });

  it('keeps unknown columns as text (the schema allows extra fields)', () => {
    expect(unflattenRecord({ id: 'a', notes: '12' }, schema).notes).toBe('12');
  });

  it('trims spaces around dotted header parts', () => {
    expect(plain(unflattenRecord({ 'source . name': 'CBS' }, schema))).toEqual({ source: { name: 'CBS' } });
  });
});

describe('unflattenRecord with lists and references', () => {
  it('splits ";" lists and follows $ref', () => {
    expect(
      plain(unflattenRecord({ services: 'digid;uwv', scores: '1,5;2', 'location.lat': '52,16', 'location.city': 'Leiden' }, testSchema)),
    ).toEqual({ services: ['digid', 'uwv'], scores: [1.5, 2], location: { lat: 52.16, city: 'Leiden' } });
  });

  it('builds lists from numbered columns and closes gaps', () => {
    const record = unflattenRecord(
      { 'sessions.0.start': '2025-01-07T10:00', 'sessions.2.start': '2025-01-14T10:00', 'sessions.2.seats': '8' },
      testSchema,
    );
    expect(Array.isArray(record.sessions)).toBe(true);
    expect(plain(record.sessions)).toEqual([{ start: '2025-01-07T10:00' }, { start: '2025-01-14T10:00', seats: 8 }]);
  });

  it('reads booleans and integers', () => {
    expect(plain(unflattenRecord({ free: 'ja', seats: '12' }, testSchema))).toEqual({ free: true, seats: 12 });
  });
});

describe('numbers whose separator only the schema can explain', () => {
  const root = { type: 'object' } as Schema;
  it('reads "4,497" as a decimal where the bounds allow no thousands (a longitude)', () => {
    expect(coerceCell('4,497', { type: 'number', minimum: -180, maximum: 180 }, root)).toBe(4.497);
    expect(coerceCell('52.160', { type: 'number', minimum: -90, maximum: 90 }, root)).toBe(52.16);
  });
  it('still refuses "1.000" where both readings fit', () => {
    expect(coerceCell('1.000', { type: 'number' }, root)).toBe('1.000');
    expect(coerceCell('1,000', { type: 'number', minimum: 0 }, root)).toBe('1,000');
  });
});


describe('coerceRecord: text in a JSON record where the schema asks for a number or a date', () => {
  it('reads numbers, nested and in lists, and leaves text fields alone', () => {
    const record = coerceRecord({ value: '€ 2,50', label: '12', year: 'jaar 2021', series: [{ label: 'a', value: '1.250.000' }], compare: { value: '79%', label: 'x' } }, schema);
    expect(plain(record)).toEqual({ value: 2.5, label: '12', year: 2021, series: [{ label: 'a', value: 1_250_000 }], compare: { value: 79, label: 'x' } });
  });

  it('leaves what it cannot read, so validation names the field', () => {
    expect(plain(coerceRecord({ value: 'veel', year: "'21" }, schema))).toEqual({ value: 'veel', year: "'21" });
  });
});

describe('isDateSchema', () => {
  it('knows a date by format or by a YYYY-MM-DD pattern only', () => {
    expect(isDateSchema({ type: 'string', format: 'date' })).toBe(true);
    expect(isDateSchema({ type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' })).toBe(true);
    expect(isDateSchema({ type: 'string', pattern: '^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$' })).toBe(true);
    expect(isDateSchema({ type: 'string', pattern: '^\\d{4}$' })).toBe(false);
    expect(isDateSchema({ type: 'string' })).toBe(false);
  });
});

describe('unflattenRows: repeated cells', () => {
  const schema: Schema = {
    type: 'object',
    properties: {
      id: { type: 'string' },
      tags: { type: 'array', items: { type: 'string' } },
      price: { type: 'number' },
      place: { type: 'object', properties: { name: { type: 'string' } } },
    },
  };
  const header = ['id', 'tags', 'price', 'place.name'];

  it('gives each record its own list when cells repeat', () => {
    const [a, b] = unflattenRows(header, [['a', 'x;y', '€ 2,50', ' Leiden '], ['b', 'x;y', '€ 2,50', ' Leiden ']], schema);
    expect(a).toEqual({ id: 'a', tags: ['x', 'y'], price: 2.5, place: { name: 'Leiden' } });
    expect(b).toEqual({ id: 'b', tags: ['x', 'y'], price: 2.5, place: { name: 'Leiden' } });
    expect(a!.tags).not.toBe(b!.tags);
    expect(a!.place).not.toBe(b!.place);
    (a!.tags as string[]).push('z');
    expect(b!.tags).toEqual(['x', 'y']);
  });

  it('reads every row the same whether its column caches or not (unique ids, repeated prices)', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [` id-${i} `, i % 2 ? 'x' : '', i % 3 ? 'gratis' : '1.250,50', i % 7 ? '' : `Plaats ${i}`]);
    const read = rowReader(header, schema);
    const fresh = rows.map((cells) => rowReader(header, schema)(cells));
    expect(rows.map((cells) => read(cells))).toEqual(fresh);
    expect(fresh[3]).toEqual({ id: 'id-3', tags: ['x'], price: 1250.5 });
  });
});
