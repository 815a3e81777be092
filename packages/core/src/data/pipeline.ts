import type { Schema } from '@cfworker/json-schema';
import { coerceRecord } from './coerce.js';
import type { DataIssue, DataIssueReason, DataReport, FeedEncoding, PrepareContext, RecordPreparer } from './report.js';
import { checkRecord, shownValue } from './validate.js';

/*
 * The forgiving reading of a feed's records, after parsing: read numbers and dates in
 * JSON text → the format's preparer → the schema check (fields that cannot be read are
 * dropped; a record without an essential field is left out) → defaults and ids → the
 * preparer's finish → the report.
 */

export interface ReadOptions<T> {
  schema: Schema;
  format: DataReport['format'];
  src: string;
  kind: 'json' | 'csv';
  encoding?: FeedEncoding;
  encodingGuessed?: boolean;
  /** The format's own reading (words, shorthand, places), from the widget package. */
  prepare?: RecordPreparer<T>;
  /** Parts of a record that cannot be dropped on their own (see WHOLE_PARTS). */
  whole?: readonly string[];
}

/**
 * Parts that are left out only with their record. A question set is one document: a
 * check without one of its questions, answers, levels or areas would give another result
 * than its author meant, so any of these that cannot be read makes the set unusable
 * (optional fields such as `intro`, `help`, `advice` and `links` are still dropped).
 */
export const WHOLE_PARTS: Partial<Record<DataReport['format'], readonly string[]>> = {
  'question-set': ['scale.*', 'levels.*', 'areas.*', 'areas.*.questions.*'],
};

/** Lowercase words and digits joined by "-", without accents: "Tablet café!" → "tablet-cafe". */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The text a record is known by: its title, label or name (Dutch when it has languages). */
function nameOf(record: Record<string, unknown>): string {
  for (const key of ['title', 'label', 'name']) {
    const value = record[key];
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && typeof (value as { nl?: unknown }).nl === 'string') return (value as { nl: string }).nl;
  }
  return '';
}

const defaultsCache = new WeakMap<Schema, [string, unknown][]>();

/** Values the schema names as `default` for top-level fields, filled in where absent. */
function applyDefaults(record: Record<string, unknown>, schema: Schema): void {
  let defaults = defaultsCache.get(schema);
  if (!defaults) {
    const properties = (schema.properties ?? {}) as Record<string, Schema | boolean>;
    defaults = Object.entries(properties).flatMap(([key, node]) =>
      node && typeof node === 'object' && node.default !== undefined ? [[key, node.default] as [string, unknown]] : [],
    );
    defaultsCache.set(schema, defaults);
  }
  for (const [key, value] of defaults) if (record[key] === undefined) record[key] = structuredCloneable(value);
}

function structuredCloneable(value: unknown): unknown {
  return value && typeof value === 'object' ? (JSON.parse(JSON.stringify(value)) as unknown) : value;
}

/** Reads parsed records into the items a widget can show, and the report of what it read. */
export async function readRecords<T>(
  records: readonly unknown[],
  rowNumber: (index: number) => number,
  options: ReadOptions<T>,
): Promise<{ items: T[]; report: DataReport }> {
  const { schema, prepare, kind } = options;
  const hasId = !!(schema.properties as Record<string, unknown> | undefined)?.id;
  const recordsLeftOut: DataIssue[] = [];
  let fieldsLeftOut: DataIssue[] = [];
  let remarks: DataIssue[] = [];
  const items: T[] = [];
  const rows: number[] = [];
  const ids = new Set<string>();

  records.forEach((raw, index) => {
    const row = rowNumber(index);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      recordsLeftOut.push({ row, field: '', reason: 'not-a-record', ...(shownValue(raw) !== undefined && { value: shownValue(raw) }) });
      return;
    }
    let record = raw as Record<string, unknown>;
    const dropped: DataIssue[] = [];
    const noted: DataIssue[] = [];
    let leftOut: DataIssue | undefined;
    let givenId: unknown;
    const issue = (field: string, reason: DataIssueReason, value?: unknown, detail?: string): DataIssue => {
      const shown = shownValue(value);
      return { row, field, reason, ...(shown !== undefined && { value: shown }), ...(detail !== undefined && { detail }) };
    };
    try {
      if (kind === 'json') coerceRecord(record, schema);
      if (prepare) {
        const context: PrepareContext = {
          row,
          dropField: (field, reason, value, detail) => void dropped.push(issue(field, reason, value, detail)),
          remark: (field, reason, value) => void noted.push(issue(field, reason, value)),
          leaveOut: (field, reason, value, detail) => void (leftOut ??= issue(field, reason, value, detail)),
        };
        record = prepare.prepare(record, context);
      }
      givenId = record?.id;
      if (!leftOut) {
        if (!record || typeof record !== 'object') leftOut = issue('', 'not-a-record');
        else {
          const whole = options.whole ?? WHOLE_PARTS[options.format];
          leftOut = checkRecord(record, schema, row, dropped, { whole, numbersRead: kind === 'csv' && !prepare }).leftOut;
        }
      }
    } catch (error) {
      leftOut ??= issue('', 'invalid', undefined, (error as Error)?.message ?? String(error));
    }
    if (leftOut) {
      recordsLeftOut.push(leftOut);
      return;
    }
    applyDefaults(record, schema);
    if (hasId) {
      const given = record.id;
      const droppedId = dropped.findIndex((earlier) => earlier.field === 'id');
      if (droppedId >= 0) dropped.splice(droppedId, 1);
      let id = typeof given === 'string' && given.trim() ? given : undefined;
      if (id === undefined) {
        // Made from the id that could not be used, the title, or the row.
        const base = (droppedId >= 0 && givenId !== undefined ? slugOf(String(givenId)) : '') || slugOf(nameOf(record)) || `rij-${row}`;
        id = base;
        for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
        noted.push(issue('id', 'id-made', id));
      } else if (ids.has(id)) {
        const base = id.slice(0, 74);
        let renamed = `${base}-2`;
        for (let n = 3; ids.has(renamed); n++) renamed = `${base}-${n}`;
        noted.push(issue('id', 'id-renamed', id, `now "${renamed}"`));
        id = renamed;
      }
      record.id = id;
      ids.add(id);
    }
    fieldsLeftOut.push(...dropped);
    remarks.push(...noted);
    items.push(record as T);
    rows.push(row);
  });

  let kept = items;
  if (prepare?.finish && items.length) {
    const out = new Map<number, DataIssue>();
    try {
      await prepare.finish(items, rows, { leaveOut: (index, issue) => void (out.has(index) || out.set(index, issue)) });
    } catch (error) {
      // An abort is passed on; anything else (a table that did not load) leaves the records as they were read.
      if ((error as Error | undefined)?.name === 'AbortError') throw error;
      console.warn(`${options.src}: finishing the records failed, they are shown as read: ${(error as Error)?.message ?? String(error)}`);
    }
    if (out.size) {
      kept = items.filter((_, index) => !out.has(index));
      const outRows = new Set<number>();
      for (const [index, issue] of out) {
        recordsLeftOut.push(issue);
        outRows.add(rows[index]!);
      }
      fieldsLeftOut = fieldsLeftOut.filter((issue) => !outRows.has(issue.row));
      remarks = remarks.filter((issue) => !outRows.has(issue.row));
      recordsLeftOut.sort((a, b) => a.row - b.row);
    }
  }

  return {
    items: kept,
    report: {
      src: options.src,
      format: options.format,
      kind,
      encoding: options.encoding ?? 'utf-8',
      encodingGuessed: options.encodingGuessed ?? false,
      total: records.length,
      kept: kept.length,
      recordsLeftOut,
      fieldsLeftOut,
      remarks,
    },
  };
}
