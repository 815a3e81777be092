import type { Schema } from '@cfworker/json-schema';
import { isDateSchema } from './coerce.js';
import type { RowProblem } from './errors.js';
import type { DataIssue, DataIssueReason } from './report.js';
import { isValid, schemaErrors, type SchemaError } from './schema-check.js';

/*
 * Forgiving validation: a record is left out only when one of its ESSENTIAL fields (the
 * schema's top-level `required`) cannot be read; any other field that does not match
 * the schema is dropped from the record (the deepest failing part: a property, or one
 * item of a list), and the record is checked again. Each drop is reported.
 */

/** How often a record may be checked again after a drop, at most. */
const MAX_ROUNDS = 40;

/** Keywords that only say "none of the options fits": the options' own errors say why. */
const WRAPPERS = new Set(['anyOf', 'oneOf']);

/**
 * The error to act on: the deepest location, ignoring the wrappers. At the same depth a
 * `type` error comes last: it is often only the other branch of a oneOf (text or object).
 */
function mainError(errors: readonly SchemaError[]): SchemaError | undefined {
  const leaves = errors.filter((error) => !WRAPPERS.has(error.keyword));
  const pool = leaves.length ? leaves : errors;
  let best: SchemaError | undefined;
  let bestDepth = -1;
  for (const error of pool) {
    const depth = error.path.length;
    if (depth > bestDepth || (depth === bestDepth && best?.keyword === 'type' && error.keyword !== 'type')) {
      best = error;
      bestDepth = depth;
    }
  }
  return best;
}

function valueAt(record: unknown, segments: readonly string[]): unknown {
  let at = record;
  for (const key of segments) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

/** What a cell held, for the report: text, at most 80 characters; undefined when empty. */
export function shownValue(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

const LINK_PATTERN = /https?|\[Hh\]\[Tt\]/;
const DATE_PATTERN = /\\d\{4\}|\[0-9\]\{4\}/;

/** The closed reason (report.ts) for one schema error. */
export function reasonOf(error: SchemaError, value: unknown): DataIssueReason {
  const node = error.node;
  switch (error.keyword) {
    case 'required':
    case 'minLength':
    case 'minItems':
      return 'missing';
    case 'type':
      return [node.type].flat().some((type) => type === 'number' || type === 'integer') ? 'not-a-number' : 'invalid';
    case 'enum':
    case 'const':
      return 'unknown-choice';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return 'out-of-range';
    case 'maxLength':
    case 'maxItems':
      return 'too-long';
    case 'format':
      return node?.format === 'date' || node?.format === 'date-time' ? 'not-a-date' : 'wrong-form';
    case 'pattern': {
      const pattern = typeof node?.pattern === 'string' ? node.pattern : '';
      const text = typeof value === 'string' ? value.trim() : '';
      if (isDateSchema(node) || DATE_PATTERN.test(pattern)) return 'not-a-date';
      if (LINK_PATTERN.test(pattern) && /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:/i.test(text)) return 'unsafe-link';
      if (pattern.includes('@') && /[?&<>%\r\n]/.test(text)) return 'unsafe-email';
      return 'wrong-form';
    }
    default:
      return 'invalid';
  }
}

/** A list's items keep their place in the file after earlier items were dropped. */
const originalIndexes = new WeakMap<unknown[], number[]>();

/** The path as the file has it: list positions before any item was dropped. */
function filePath(record: unknown, segments: readonly string[]): string {
  const out: string[] = [];
  let at = record;
  for (const key of segments) {
    if (Array.isArray(at) && /^\d+$/.test(key)) {
      const map = originalIndexes.get(at);
      out.push(String(map ? (map[Number(key)] ?? key) : key));
    } else out.push(key);
    at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  }
  return out.join('.');
}

function dropAt(record: Record<string, unknown>, segments: readonly string[]): void {
  const parent = valueAt(record, segments.slice(0, -1));
  const key = segments[segments.length - 1]!;
  if (Array.isArray(parent)) {
    const index = Number(key);
    let map = originalIndexes.get(parent);
    if (!map) originalIndexes.set(parent, (map = parent.map((_, i) => i)));
    parent.splice(index, 1);
    map.splice(index, 1);
  } else if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[key];
}

/** True when a record holds a number that is not finite (quick: no paths are built). */
function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    // By position (for…in would make a string of every index); a list of text is skipped fast.
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'number' ? !Number.isFinite(item) : item !== null && typeof item === 'object' && hasNonFinite(item)) return true;
    }
    return false;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === 'number' ? !Number.isFinite(item) : item !== null && typeof item === 'object' && hasNonFinite(item)) return true;
  }
  return false;
}

/** Paths of numbers JSON can hold but no figure should be (1e999 parses as Infinity). */
function nonFinitePaths(value: unknown, path: string[] = [], found: string[][] = []): string[][] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(path);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) nonFinitePaths((value as Record<string, unknown>)[key], [...path, key], found);
  }
  return found;
}

/**
 * One issue per field: when a field is dropped (or a record left out) because of an
 * earlier drop inside it (a session without its unreadable start), the earlier reason
 * is the one worth telling.
 */
function settle(local: DataIssue[], issue: DataIssue, within = issue.field): DataIssue {
  const prefix = `${within}.`;
  const inside = local.filter((earlier) => within === '' || earlier.field === within || earlier.field.startsWith(prefix));
  if (inside.length) {
    for (const earlier of inside) local.splice(local.indexOf(earlier), 1);
    if (issue.reason === 'missing' || issue.reason === 'invalid') {
      const cause = inside[inside.length - 1]!;
      return { ...issue, reason: cause.reason, ...(cause.value !== undefined && { value: cause.value }), detail: cause.detail ?? issue.detail };
    }
  }
  return issue;
}

/** What {@link checkRecord} decided. */
export interface CheckOutcome {
  /** Set when the record cannot be shown: the reason that decided. */
  leftOut?: DataIssue;
}

/**
 * Checks one record against the format's schema, dropping fields that do not match
 * (pushed to `dropped`, which may already hold the preparer's drops for this record).
 * The record is changed in place. Returns `leftOut` when an essential field (the schema's
 * top-level `required`) is missing or cannot be read.
 */
export function checkRecord(
  record: Record<string, unknown>,
  schema: Schema,
  row: number,
  dropped: DataIssue[],
  {
    whole = [],
    numbersRead = false,
  }: {
    /** Parts that cannot be dropped on their own ("areas.*.questions.*"): failing, they leave the record out. */
    whole?: readonly string[];
    /** Every number came from the readers (CSV), so none can be infinite: skip that search. */
    numbersRead?: boolean;
  } = {},
): CheckOutcome {
  const wholeParts = whole.map((pattern) => pattern.split('.'));
  const isWhole = (segments: readonly string[]) =>
    wholeParts.some((parts) => parts.length === segments.length && parts.every((part, i) => part === '*' || part === segments[i]));
  const essentials = new Set<string>((schema.required as string[] | undefined) ?? []);
  const leaveOut = (issue: DataIssue, within?: string): CheckOutcome => {
    const settled = settle(dropped, issue, within);
    dropped.length = 0;
    return { leftOut: settled };
  };
  for (const segments of !numbersRead && hasNonFinite(record) ? nonFinitePaths(record) : []) {
    const field = filePath(record, segments);
    const issue: DataIssue = { row, field, reason: 'out-of-range', value: String(valueAt(record, segments)), detail: 'number too large' };
    if (essentials.has(segments[0]!) && segments.length === 1) return leaveOut(issue);
    dropped.push(settle(dropped, issue));
    dropAt(record, segments);
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (isValid(record, schema)) return {};
    const error = mainError(schemaErrors(record, schema));
    if (!error) return {};
    const segments = error.path;
    const missing = error.missing;
    const value = valueAt(record, segments);
    const reason = reasonOf(error, value);
    const detail = missing ? `"${missing}" is required` : error.message;
    if (segments.length === 0) {
      // The record as a whole: a missing essential, or a rule across fields.
      return leaveOut({ row, field: missing ?? '', reason, detail });
    }
    const field = filePath(record, segments);
    const shown = missing ? undefined : shownValue(value);
    const issue: DataIssue = { row, field, reason, ...(shown !== undefined && { value: shown }), detail };
    if (segments.length === 1 && essentials.has(segments[0]!)) return leaveOut(issue);
    if (isWhole(segments)) return leaveOut({ ...issue, field: missing ? `${field}.${missing}` : field }, field);
    dropped.push(settle(dropped, issue));
    dropAt(record, segments);
  }
  return leaveOut({ row, field: '', reason: 'invalid', detail: 'too many fields that cannot be read' });
}

/**
 * Checks records as {@link checkRecord} does and keeps those that can be shown (fields
 * that cannot be read dropped). For callers without the whole pipeline (source.ts); ids
 * are not made or renamed here.
 */
export function validateRecords<T>(
  records: readonly unknown[],
  schema: Schema,
  rowNumber: (index: number) => number = (index) => index + 1,
): { items: T[]; skipped: RowProblem[]; fieldsLeftOut: DataIssue[] } {
  const items: T[] = [];
  const skipped: RowProblem[] = [];
  const fieldsLeftOut: DataIssue[] = [];
  records.forEach((record, index) => {
    const row = rowNumber(index);
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      skipped.push({ row, field: '', message: 'not an object' });
      return;
    }
    const dropped: DataIssue[] = [];
    const { leftOut } = checkRecord(record as Record<string, unknown>, schema, row, dropped);
    if (leftOut) skipped.push({ row, field: leftOut.field, message: leftOut.detail ?? leftOut.reason });
    else {
      fieldsLeftOut.push(...dropped);
      items.push(record as T);
    }
  });
  return { items, skipped, fieldsLeftOut };
}
