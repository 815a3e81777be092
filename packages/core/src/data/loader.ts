import type { Schema } from '@cfworker/json-schema';
import { unflattenRecord } from './coerce.js';
import { DataLoadError, type RowProblem } from './errors.js';
import { fetchText } from './fetch-text.js';
import { validateRecords } from './validate.js';

export { DataLoadError, type RowProblem } from './errors.js';
export { fetchJson, fetchText, type FetchTextOptions } from './fetch-text.js';
export { validateRecords } from './validate.js';

/** Loaded and checked data: the good records, and the ones skipped with reasons. */
export interface LoadResult<T> {
  items: T[];
  skipped: RowProblem[];
  /** How many records the source held, good and bad. */
  total: number;
}

export interface LoadOptions {
  /** The JSON Schema of one record of the format. */
  schema: Schema;
  /** Aborts the request, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Give up after this long (ms); 15 s by default. */
  timeoutMs?: number;
  /** Who asks, for the console warning about skipped rows (the element's tag). */
  tag?: string;
  /** Ask the server again instead of trusting the browser cache (a retry after an error). */
  fresh?: boolean;
}

/** Parses a feed's text, JSON or CSV, into records plus the row number of each. */
export async function parseFeed(
  text: string,
  kind: 'json' | 'csv',
  schema: Schema,
): Promise<{ records: unknown[]; rowNumber: (index: number) => number }> {
  if (kind === 'csv') {
    // The CSV parser is only fetched when a CSV arrives.
    const { parseCsv } = await import('./csv.js');
    const rows = parseCsv(text);
    // Header is line 1; the first record is line 2 (close enough when cells hold line breaks).
    return { records: rows.map((row) => unflattenRecord(row, schema)), rowNumber: (index) => index + 2 };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataLoadError('parse', `JSON: ${(error as Error).message}`);
  }
  const records = Array.isArray(parsed) ? parsed : (parsed as { items?: unknown } | null)?.items;
  if (!Array.isArray(records)) {
    throw new DataLoadError('parse', 'JSON: expected a list of records, or { "items": [ … ] }.');
  }
  return { records, rowNumber: (index) => index + 1 };
}

/** CSV when the server or the file name says so, or when the text does not start like JSON. */
export function feedKind(url: string, contentType: string | null, text: string): 'json' | 'csv' {
  if (/csv|comma-separated/i.test(contentType ?? '')) return 'csv';
  if (/json/i.test(contentType ?? '')) return 'json';
  if (/\.csv($|[?#])/i.test(url)) return 'csv';
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, '')) ? 'json' : 'csv';
}

/**
 * Fetches a feed (`src`), parses JSON or CSV, and validates each record against the
 * format's schema. Fails only when nothing usable arrives; bad rows are skipped and
 * listed in `skipped`.
 */
export async function loadFeed<T>(src: string, options: LoadOptions): Promise<LoadResult<T>> {
  const { schema, signal, timeoutMs, tag = 'dv', fresh } = options;
  const { text, contentType } = await fetchText(src, {
    signal,
    timeoutMs,
    fresh,
    accept: 'application/json, text/csv;q=0.9, */*;q=0.1',
  });
  const kind = feedKind(src, contentType, text);
  const { records, rowNumber } = await parseFeed(text, kind, schema);
  const { items, skipped } = validateRecords<T>(records, schema, rowNumber);
  warnSkippedRows(tag, src, skipped, records.length);
  if (records.length > 0 && items.length === 0) {
    throw new DataLoadError('invalid', `None of the ${records.length} records in ${src} is usable.`);
  }
  return { items, skipped, total: records.length };
}

/** One console warning naming the skipped rows, so a webmaster can fix the sheet. */
export function warnSkippedRows(tag: string, src: string, skipped: readonly RowProblem[], total: number): void {
  if (skipped.length === 0) return;
  const shown = skipped
    .slice(0, 10)
    .map(({ row, field, message }) => `row ${row}${field ? ` (${field})` : ''}: ${message}`)
    .join('; ');
  const more = skipped.length > 10 ? `; and ${skipped.length - 10} more` : '';
  console.warn(`<${tag}>: skipped ${skipped.length} of ${total} rows in ${src}: ${shown}${more}.`);
}
