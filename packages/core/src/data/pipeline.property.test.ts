import type { Schema } from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import courseSchema from '../../schemas/course.schema.json';
import locationSchema from '../../schemas/location.schema.json';
import questionSetSchema from '../../schemas/question-set.schema.json';
import statisticSchema from '../../schemas/statistic.schema.json';
import { DataLoadError } from './errors.js';
import { parseFeed } from './loader.js';
import { readRecords } from './pipeline.js';

/*
 * Random and mutated feeds through the whole reading (parse → read → check → ids): nothing
 * but a DataLoadError ever comes out, and a good record is never lost because of the
 * records around it.
 */

type Format = 'statistic' | 'course' | 'location';

const formats: Record<Format, { schema: Schema; good: (n: number) => Record<string, unknown>; name: string; columns: string[] }> = {
  statistic: {
    schema: statisticSchema as unknown as Schema,
    good: (n) => ({ id: `stat-${n}`, label: `GOED ${n}`, value: n, unit: 'percent', year: 2021, source: { name: 'CBS' } }),
    name: 'label',
    columns: ['id', 'label', 'value', 'unit', 'year', 'source.name', 'source.url', 'topic', 'series', 'compare.value', 'compare.label'],
  },
  course: {
    schema: courseSchema as unknown as Schema,
    good: (n) => ({ id: `cursus-${n}`, title: `GOED ${n}`, format: 'group', price: 2.5, sessions: [{ start: '2026-01-05T10:00', end: '2026-01-05T12:00' }] }),
    name: 'title',
    columns: ['id', 'title', 'format', 'topics', 'level', 'price', 'seats', 'sessions', 'sessions.0.start', 'location.lat', 'contact.email', 'url'],
  },
  location: {
    schema: locationSchema as unknown as Schema,
    good: (n) => ({ id: `plek-${n}`, name: `GOED ${n}`, lat: 52.16, lon: 4.49, closed: ['2026-12-25'] }),
    name: 'name',
    columns: ['id', 'name', 'lat', 'lon', 'postcode', 'email', 'url', 'services', 'closed', 'hours.mo', 'exceptions'],
  },
};

/** Values a webmaster's feed may hold, and some no feed should. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', ' ', '€ 2,50', 'gratis', '79%', '1.250.000', '25-12-2026', '31-02-2026', 'javascript:alert(1)', 'a@b.nl?x', 'ja', '1e999', 'null', '[1,2', '{"nl":1}', ';;', '"', '__proto__'),
  fc.double().map(String),
  fc.integer().map(String),
);
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  cell,
  fc.constantFrom(Infinity, -Infinity, NaN, { nl: 5 }, { __proto__: { x: 1 } }, [[[]]]),
  // Fresh objects each time: the mutations below write into them.
).map((made) => (made && typeof made === 'object' ? structuredClone(made) : made));

/** A good record with random changes: fields set to random values, or removed. */
function mutated(format: Format) {
  const { good, columns } = formats[format];
  return fc
    .tuple(fc.nat(1000), fc.array(fc.tuple(fc.constantFrom(...columns, 'extra', 'sessions.0', 'label.en'), fc.option(value, { nil: undefined })), { maxLength: 5 }))
    .map(([n, changes]) => {
      const record: Record<string, unknown> = good(n + 10_000);
      for (const [path, replacement] of changes) {
        const keys = path.split('.');
        let at: Record<string, unknown> = record;
        for (const key of keys.slice(0, -1)) {
          if (!at[key] || typeof at[key] !== 'object') at[key] = {};
          at = at[key] as Record<string, unknown>;
        }
        if (replacement === undefined) delete at[keys[keys.length - 1]!];
        else at[keys[keys.length - 1]!] = replacement;
      }
      return record;
    });
}

const anyRecord = (format: Format) => fc.oneof(mutated(format), value, fc.dictionary(fc.string({ maxLength: 8 }), value, { maxKeys: 6 }));

/** Known-good records put among random ones at random places. */
function feedWithGood(format: Format) {
  return fc.tuple(fc.array(anyRecord(format), { maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 })).map(([random, places]) => {
    const records: unknown[] = [...random];
    const good = places.map((place, index) => {
      const record = formats[format].good(index);
      records.splice(place % (records.length + 1), 0, record);
      return JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    });
    return { records, good };
  });
}

function csvCell(text: string, delimiter: string): string {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV in a spreadsheet's shape: known-good rows among random ones, quoted as a spreadsheet would. */
function csvWithGood(format: Format) {
  const { columns, good, name } = formats[format];
  return fc
    .tuple(fc.constantFrom(',', ';', '\t'), fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), { maxLength: 8 }), fc.array(fc.nat(), { minLength: 1, maxLength: 3 }))
    .map(([delimiter, randomRows, places]) => {
      const rows = [...randomRows];
      const names: string[] = [];
      places.forEach((place, index) => {
        const record = good(index);
        names.push(String(record[name]));
        const cells = columns.map((column) => {
          if (column === 'sessions') return format === 'course' ? '05-01-2026 10:00-12:00' : '';
          if (column === 'sessions.0.start') return '';
          if (column === 'source.name') return 'CBS';
          const found = record[column];
          return found === undefined || typeof found === 'object' ? '' : String(found);
        });
        rows.splice(place % (rows.length + 1), 0, cells);
      });
      const text = [columns, ...rows].map((row) => row.map((text) => csvCell(text, delimiter)).join(delimiter)).join('\r\n');
      return { text, names };
    });
}

async function read(format: Format, text: string, kind: 'json' | 'csv') {
  const { schema } = formats[format];
  const { records, rowNumber } = await parseFeed(text, kind, schema);
  return readRecords<Record<string, unknown>>(records, rowNumber, { schema, format, src: 'x', kind });
}

const runs = { numRuns: 120 };

describe.each(Object.keys(formats) as Format[])('the %s pipeline, fed random and mutated data', (format) => {
  const { name } = formats[format];

  it('never loses a good JSON record because of the records around it', async () => {
    await fc.assert(
      fc.asyncProperty(feedWithGood(format), async ({ records, good }) => {
        const { items, report } = await read(format, JSON.stringify(records), 'json');
        for (const record of good) {
          const found = items.find((item) => item[name] === record[name]);
          expect(found, String(record[name])).toBeDefined();
          const { id: _id, ...rest } = record;
          expect(found).toMatchObject(rest);
        }
        expect(report.kept).toBe(items.length);
        expect(report.kept + report.recordsLeftOut.length).toBe(report.total);
        // Every id is unique.
        const ids = items.map((item) => item.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      runs,
    );
  });

  it('never loses a good CSV row because of the rows around it', async () => {
    await fc.assert(
      fc.asyncProperty(csvWithGood(format), async ({ text, names }) => {
        const { items, report } = await read(format, text, 'csv');
        for (const wanted of names) expect(items.some((item) => item[name] === wanted), wanted).toBe(true);
        expect(report.kept + report.recordsLeftOut.length).toBe(report.total);
      }),
      runs,
    );
  });

  it('throws nothing but a DataLoadError for any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), csvWithGood(format).map(({ text }) => text), feedWithGood(format).map(({ records }) => JSON.stringify(records))), fc.array(fc.tuple(fc.nat(), fc.string({ maxLength: 3 })), { maxLength: 3 }), fc.constantFrom<'json' | 'csv'>('json', 'csv'), async (text, edits, kind) => {
        let mangled = text;
        for (const [at, insert] of edits) {
          const place = at % (mangled.length + 1);
          mangled = mangled.slice(0, place) + insert + mangled.slice(place + 1);
        }
        try {
          await read(format, mangled, kind);
        } catch (error) {
          expect(error).toBeInstanceOf(DataLoadError);
        }
      }),
      runs,
    );
  });
});

describe('the question-set pipeline, fed mutated sets', () => {
  const schema = questionSetSchema as unknown as Schema;
  const set = {
    framework: 'eigen',
    version: '1',
    title: 'Check',
    scale: [
      { id: 'nee', value: 0, label: 'Nee' },
      { id: 'ja', value: 100, label: 'Ja' },
    ],
    areas: [{ id: 'a', title: 'A', questions: [{ id: 'q1', text: 'Ik kan …' }] }],
    levels: [{ id: 'start', min: 0, label: 'Start' }],
  };
  const paths = ['framework', 'version', 'title', 'intro', 'duration', 'source', 'scale', 'scale.0', 'areas', 'areas.0.title', 'areas.0.questions.0.text', 'areas.0.links', 'levels.0.min'];

  it('gives the set or a DataLoadError-free "left out", never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...paths), fc.option(value, { nil: undefined })), { maxLength: 4 }), async (changes) => {
        const record = JSON.parse(JSON.stringify(set)) as Record<string, unknown>;
        for (const [path, replacement] of changes) {
          const keys = path.split('.');
          let at = record;
          for (const key of keys.slice(0, -1)) {
            if (!at[key] || typeof at[key] !== 'object') at[key] = {};
            at = at[key] as Record<string, unknown>;
          }
          if (replacement === undefined) delete at[keys[keys.length - 1]!];
          else at[keys[keys.length - 1]!] = replacement;
        }
        const { records, rowNumber } = await parseFeed(JSON.stringify(record), 'json', schema, true);
        const { items, report } = await readRecords(records, rowNumber, { schema, format: 'question-set', src: 'x', kind: 'json' });
        expect(report.total).toBe(1);
        expect(items.length + report.recordsLeftOut.length).toBe(1);
        if (changes.length === 0) expect(items).toHaveLength(1);
      }),
      runs,
    );
  });
});
