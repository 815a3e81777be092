import type { Schema } from '@cfworker/json-schema';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import courseSchema from '../../schemas/course.schema.json';
import statisticSchema from '../../schemas/statistic.schema.json';
import { loadFeed } from './loader.js';
import { readRecords, slugOf } from './pipeline.js';
import type { RecordPreparer } from './report.js';

const schema = statisticSchema as unknown as Schema;
const course = courseSchema as unknown as Schema;
const rows = (index: number) => index + 2;
const options = { schema, format: 'statistic', src: 'https://bieb.example/cijfers.csv', kind: 'json' } as const;

type Stat = { id: string; label: unknown; value: number; unit?: string };

describe('readRecords: ids', () => {
  it('makes a missing id from the label, or from the row', async () => {
    const { items, report } = await readRecords<Stat>([{ label: 'Tablet café!', value: 1 }, { label: { nl: 'Één' }, value: 2 }, { label: '???', value: 3 }], rows, options);
    expect(items.map((item) => item.id)).toEqual(['tablet-cafe', 'een', 'rij-4']);
    expect(report.remarks).toEqual([
      { row: 2, field: 'id', reason: 'id-made', value: 'tablet-cafe' },
      { row: 3, field: 'id', reason: 'id-made', value: 'een' },
      { row: 4, field: 'id', reason: 'id-made', value: 'rij-4' },
    ]);
    expect(report.fieldsLeftOut).toEqual([]);
  });

  it('renames a second record with an id already used, losing nothing', async () => {
    const { items, report } = await readRecords<Stat>(
      [{ id: 'a', label: 'A', value: 1 }, { id: 'a', label: 'B', value: 2 }, { id: 'a', label: 'C', value: 3 }, { id: 'a-2', label: 'D', value: 4 }],
      rows,
      options,
    );
    expect(items.map((item) => item.id)).toEqual(['a', 'a-2', 'a-3', 'a-2-2']);
    expect(report.kept).toBe(4);
    expect(report.recordsLeftOut).toEqual([]);
    expect(report.remarks.map((remark) => [remark.row, remark.reason, remark.value])).toEqual([
      [3, 'id-renamed', 'a'],
      [4, 'id-renamed', 'a'],
      [5, 'id-renamed', 'a-2'],
    ]);
  });

  it('makes an id from one that is not in the right form, and a made id never repeats one', async () => {
    const { items, report } = await readRecords<Stat>([{ id: 'Cursus 1', label: 'X', value: 1 }, { label: 'Cursus 1', value: 2 }], rows, options);
    expect(items.map((item) => item.id)).toEqual(['cursus-1', 'cursus-1-2']);
    expect(report.fieldsLeftOut).toEqual([]);
    expect(report.remarks.map((remark) => remark.reason)).toEqual(['id-made', 'id-made']);
  });

  it('makes ids a course’s own id pattern accepts', async () => {
    const { items } = await readRecords<{ id: string }>([{ title: 'Klik & Tik: de basis', sessions: [{ start: '2026-01-05T10:00', end: '2026-01-05T12:00' }], format: 'group' }], rows, { ...options, schema: course, format: 'course' });
    expect(items[0]!.id).toBe('klik-tik-de-basis');
  });

  it('slugOf keeps letters and digits only', () => {
    expect(slugOf('  Digi-spreekuur (Leiden) ')).toBe('digi-spreekuur-leiden');
    expect(slugOf('')).toBe('');
    expect(slugOf('x'.repeat(100))).toHaveLength(60);
  });
});

describe('readRecords: reading and defaults', () => {
  it('reads numbers in JSON text where the schema asks for them, and fills in the unit', async () => {
    const { items, report } = await readRecords<Stat>([{ label: 'Prijs', value: '€ 2,50', year: 'jaar 2021' }], rows, options);
    expect(items[0]).toMatchObject({ value: 2.5, year: 2021, unit: 'number' });
    expect(report.fieldsLeftOut).toEqual([]);
  });

  it('leaves out rows that are not records', async () => {
    const { items, report } = await readRecords<Stat>([5, null, 'x', [1], { label: 'A', value: 1 }], (i) => i + 1, options);
    expect(items).toHaveLength(1);
    expect(report.recordsLeftOut.map((issue) => [issue.row, issue.reason])).toEqual([
      [1, 'not-a-record'],
      [2, 'not-a-record'],
      [3, 'not-a-record'],
      [4, 'not-a-record'],
    ]);
    expect(report).toMatchObject({ total: 5, kept: 1 });
  });
});

describe('readRecords: the preparer', () => {
  it('runs before the schema check and can drop fields, remark and leave records out', async () => {
    const prepare: RecordPreparer<Stat> = {
      prepare(record, context) {
        if (record.label === 'weg') context.leaveOut('label', 'invalid', record.label, 'test');
        if (record.unit === 'procent') record.unit = 'percent';
        if (record.topic === 'digitaal') {
          context.remark('topic', 'kept-as-tag', record.topic);
          delete record.topic;
        }
        if (record.unit === 'liter') {
          context.dropField('unit', 'unknown-choice', record.unit);
          delete record.unit;
        }
        return record;
      },
    };
    const { items, report } = await readRecords<Stat>(
      [
        { id: 'a', label: 'A', value: 1, unit: 'procent' },
        { id: 'b', label: 'weg', value: 2 },
        { id: 'c', label: 'C', value: 3, topic: 'digitaal', unit: 'liter' },
      ],
      rows,
      { ...options, prepare },
    );
    expect(items.map((item) => [item.id, item.unit])).toEqual([
      ['a', 'percent'],
      ['c', 'number'],
    ]);
    expect(report.recordsLeftOut).toEqual([{ row: 3, field: 'label', reason: 'invalid', value: 'weg', detail: 'test' }]);
    expect(report.fieldsLeftOut).toEqual([{ row: 4, field: 'unit', reason: 'unknown-choice', value: 'liter' }]);
    expect(report.remarks).toEqual([{ row: 4, field: 'topic', reason: 'kept-as-tag', value: 'digitaal' }]);
  });

  it('tells the preparer’s reason when its drop empties an essential list', async () => {
    const prepare: RecordPreparer = {
      prepare(record, context) {
        context.dropField('sessions.0', 'not-a-date', '31-02-2026 10:00');
        record.sessions = [];
        return record;
      },
    };
    const { report } = await readRecords([{ title: 'X', sessions: ['31-02-2026 10:00'] }], rows, { ...options, schema: course, format: 'course', prepare });
    expect(report.recordsLeftOut).toEqual([expect.objectContaining({ row: 2, field: 'sessions', reason: 'not-a-date', value: '31-02-2026 10:00' })]);
    expect(report.fieldsLeftOut).toEqual([]);
  });

  it('leaves a record out, and nothing else, when the preparer throws', async () => {
    const prepare: RecordPreparer = {
      prepare(record) {
        if (record.label === 'boem') throw new TypeError('boem');
        return record;
      },
    };
    const { items, report } = await readRecords([{ label: 'boem', value: 1 }, { label: 'ok', value: 2 }], rows, { ...options, prepare });
    expect(items).toHaveLength(1);
    expect(report.recordsLeftOut).toEqual([{ row: 2, field: '', reason: 'invalid', detail: 'boem' }]);
  });

  it('runs finish over the kept records, and forgets what it leaves out', async () => {
    const finish = vi.fn<NonNullable<RecordPreparer<Stat>['finish']>>((records, recordRows, context) => {
      context.leaveOut(1, { row: recordRows[1]!, field: '', reason: 'no-place' });
    });
    const { items, report } = await readRecords<Stat>(
      [{ id: 'a', label: 'A', value: 1 }, { id: 'b', label: 'B', value: 'x' }, { label: 'C', value: 2, unit: 'liter' }, { id: 'd', label: 'D', value: 3 }],
      rows,
      { ...options, prepare: { prepare: (record) => record, finish } },
    );
    expect(finish).toHaveBeenCalledTimes(1);
    expect(finish.mock.calls[0]![1]).toEqual([2, 4, 5]);
    expect(items.map((item) => item.id)).toEqual(['a', 'd']);
    expect(report.recordsLeftOut.map((issue) => [issue.row, issue.reason])).toEqual([
      [3, 'not-a-number'],
      [4, 'no-place'],
    ]);
    expect(report.fieldsLeftOut).toEqual([]);
    expect(report.remarks).toEqual([]);
    expect(report.kept).toBe(2);
  });
});

describe('readRecords: what must not get out', () => {
  it('keeps the records as read when finish fails, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const prepare: RecordPreparer = {
      prepare: (record) => record,
      finish: async () => {
        throw new TypeError('table not loaded');
      },
    };
    const { items } = await readRecords([{ label: 'A', value: 1 }], rows, { ...options, prepare });
    expect(items).toHaveLength(1);
    expect(String(warn.mock.calls[0]![0])).toContain('table not loaded');
    warn.mockRestore();
  });

  it('passes an abort during finish on', async () => {
    const prepare: RecordPreparer = {
      prepare: (record) => record,
      finish: async () => {
        throw new DOMException('Aborted', 'AbortError');
      },
    };
    await expect(readRecords([{ label: 'A', value: 1 }], rows, { ...options, prepare })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('never follows or writes a "__proto__" key of a JSON record', async () => {
    const records = JSON.parse('[{"label":"A","value":"2","__proto__":{"value":"3","polluted":true}}]') as unknown[];
    const { items } = await readRecords<Record<string, unknown>>(records, rows, options);
    expect(items[0]!.value).toBe(2);
    expect(Object.getPrototypeOf(items[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('loadFeed: encodings', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  const serve = (bytes: Uint8Array, type = 'text/csv') =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(bytes.buffer as ArrayBuffer, { headers: { 'content-type': type } })));

  it('reads a Windows-1252 CSV from Dutch Excel, reports the guess and warns once', async () => {
    const text = 'label;value;unit\r\nTablet caf\u00e9;2,5;euro\r\n';
    serve(Uint8Array.from([...text].map((char) => char.charCodeAt(0))));
    const onReport = vi.fn();
    const { items } = await loadFeed<Stat>('https://bieb.example/a.csv', { schema, format: 'statistic', onReport, tag: 'dv-stat-grid' });
    expect(items[0]!.label).toBe('Tablet café');
    expect(onReport.mock.calls[0]![0]).toMatchObject({ encoding: 'windows-1252', encodingGuessed: true, kind: 'csv', kept: 1 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('Windows-1252');
  });

  it('reads a UTF-16 file with its byte-order mark', async () => {
    const text = 'label\tvalue\nTablet café\t3\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    serve(bytes, 'text/plain');
    const onReport = vi.fn();
    const { items } = await loadFeed<Stat>('https://bieb.example/a.txt', { schema, format: 'statistic', onReport });
    expect(items).toEqual([{ id: 'tablet-cafe', label: 'Tablet café', value: 3, unit: 'number' }]);
    expect(onReport.mock.calls[0]![0]).toMatchObject({ encoding: 'utf-16le', encodingGuessed: false });
    expect(warn).not.toHaveBeenCalled();
  });
});
