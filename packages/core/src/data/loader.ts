import type { Schema } from '@cfworker/json-schema';
import { rowReader } from './coerce.js';
import { DataLoadError, type RowProblem } from './errors.js';
import { fetchText } from './fetch-text.js';
import { rewriteLiveSheet } from './live-sheet.js';
import { readRecords } from './pipeline.js';
import type { DataIssue, DataReport, RecordPreparer } from './report.js';

export { DataLoadError, type RowProblem } from './errors.js';
export { fetchJson, fetchText, type FetchTextOptions } from './fetch-text.js';
export { checkRecord, validateRecords } from './validate.js';
export { readRecords, slugOf } from './pipeline.js';
export { rewriteLiveSheet } from './live-sheet.js';
export { decodeBytes } from './decode.js';

/** Loaded and checked data: the records to show, and the report of what was read. */
export interface LoadResult<T> {
  items: T[];
  /** The records left out, in the older shape (row, field, message). */
  skipped: RowProblem[];
  /** How many records the source held, good and bad. */
  total: number;
  report: DataReport;
}

export interface LoadOptions<T = unknown> {
  /** The JSON Schema of one record of the format. */
  schema: Schema;
  /** The data format, for the report. */
  format: DataReport['format'];
  /** Aborts the request, e.g. when the element leaves the page. */
  signal?: AbortSignal;
  /** Give up after this long (ms); 15 s by default. */
  timeoutMs?: number;
  /** Who asks, for the console warning about skipped rows (the element's tag). */
  tag?: string;
  /** Ask the server again instead of trusting the browser cache (a retry after an error). */
  fresh?: boolean;
  /** The format's own reading of a record (words, shorthand), from the widget package. */
  prepare?: RecordPreparer<T>;
  /** Gets the report of what was read, also when no record could be used (before the error). */
  onReport?: (report: DataReport) => void;
  /** The feed is one JSON document (a question set), not a list of records. */
  single?: boolean;
}

/** Parses a feed's text, JSON or CSV, into records plus the row number of each. */
export async function parseFeed(
  text: string,
  kind: 'json' | 'csv',
  schema: Schema,
  single = false,
): Promise<{ records: unknown[]; rowNumber: (index: number) => number }> {
  if (kind === 'csv' && !single) {
    // The CSV parser is only fetched when a CSV arrives.
    const { parseCsvRows } = await import('./csv.js');
    // Each row becomes its record as soon as it is parsed (a big file's cells are not all kept).
    const records = parseCsvRows(text, (header) => rowReader(header, schema));
    // Header is line 1; the first record is line 2 (close enough when cells hold line breaks).
    return { records, rowNumber: (index) => index + 2 };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataLoadError('parse', `JSON: ${(error as Error).message}`);
  }
  if (single) {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new DataLoadError('parse', 'JSON: expected one object ({ … }).');
    }
    return { records: [parsed], rowNumber: () => 1 };
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
 * Fetches a feed (`src`; a Google Sheets or OneDrive link is rewritten to the file
 * itself), reads its bytes (UTF-8, UTF-16, Windows-1252), parses JSON or CSV, and reads
 * each record forgivingly (pipeline.ts). Fails only when nothing usable arrives.
 */
export async function loadFeed<T>(src: string, options: LoadOptions<T>): Promise<LoadResult<T>> {
  const { schema, signal, timeoutMs, tag = 'dv', fresh } = options;
  const url = rewriteLiveSheet(src);
  const { text, contentType, encoding, encodingGuessed } = await fetchText(url, {
    signal,
    timeoutMs,
    fresh,
    accept: 'application/json, text/csv;q=0.9, */*;q=0.1',
  });
  const kind = options.single ? 'json' : feedKind(url, contentType, text);
  const { records, rowNumber } = await parseFeed(text, kind, schema, options.single);
  const { items, report } = await readRecords<T>(records, rowNumber, {
    schema,
    format: options.format,
    src: url,
    kind,
    encoding,
    encodingGuessed,
    prepare: options.prepare,
  });
  options.onReport?.(report);
  warnReport(tag, report);
  if (records.length > 0 && items.length === 0) {
    throw new DataLoadError('invalid', `None of the ${records.length} records in ${url} is usable.`);
  }
  const skipped = report.recordsLeftOut.map(({ row, field, reason, detail }) => ({ row, field, message: detail ?? reason }));
  return { items, skipped, total: records.length, report };
}

function describe({ row, field, reason, value }: DataIssue): string {
  return `row ${row}${field ? ` (${field})` : ''}: ${reason}${value !== undefined ? ` "${value}"` : ''}`;
}

/** The first ten issues, and how many more. */
function listed(issues: readonly DataIssue[]): string {
  const more = issues.length > 10 ? `; and ${issues.length - 10} more` : '';
  return `${issues.slice(0, 10).map(describe).join('; ')}${more}`;
}

/**
 * One console warning for what a webmaster should fix: the rows left out and the fields
 * left out of rows that are shown; and one when the file was not UTF-8.
 */
export function warnReport(tag: string, report: DataReport): void {
  const { src, total, recordsLeftOut, fieldsLeftOut } = report;
  if (report.encodingGuessed) {
    console.warn(`<${tag}>: ${src} is not UTF-8; read as Windows-1252. Save it as "CSV UTF-8" to be sure of accents.`);
  }
  if (recordsLeftOut.length === 0 && fieldsLeftOut.length === 0) return;
  const parts: string[] = [];
  if (recordsLeftOut.length) parts.push(`skipped ${recordsLeftOut.length} of ${total} rows in ${src}: ${listed(recordsLeftOut)}`);
  if (fieldsLeftOut.length) parts.push(`${parts.length ? 'left out' : `left out of rows in ${src}`} ${fieldsLeftOut.length} field${fieldsLeftOut.length === 1 ? '' : 's'}: ${listed(fieldsLeftOut)}`);
  console.warn(`<${tag}>: ${parts.join('. ')}.`);
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
