import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { isDateSchema } from './coerce.js';
import type { RowProblem } from './errors.js';
import type { DataIssue, DataIssueReason } from './report.js';

/*
 * Forgiving validation: a record is left out only when one of its ESSENTIAL fields (the
 * schema's top-level `required`) cannot be read; any other field that does not match
 * the schema is dropped from the record (the deepest failing part: a property, or one
 * item of a list), and the record is checked again. Each drop is reported.
 */

const validators = new WeakMap<Schema, { fast: Validator; full: Validator }>();

function validatorsFor(schema: Schema): { fast: Validator; full: Validator } {
  let pair = validators.get(schema);
  if (!pair) {
    // The short-circuit validator answers "valid?" quickly; the full one lists every error.
    pair = { fast: new Validator(schema, '2020-12', true), full: new Validator(schema, '2020-12', false) };
    validators.set(schema, pair);
  }
  return pair;
}

/** How often a record may be checked again after a drop, at most. */
const MAX_ROUNDS = 40;

/** Keywords that only say "something inside failed". */
const WRAPPERS = new Set(['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'prefixItems', 'additionalProperties', 'if', 'then', 'else', 'contains', 'propertyNames', 'dependentSchemas', 'unevaluatedProperties', 'unevaluatedItems']);

/** "#/source/url" → ["source", "url"] */
function segmentsOf(location: string): string[] {
  return location.replace(/^#\/?/, '').split('/').filter(Boolean).map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The missing property a `required` error names. */
function missingOf(error: OutputUnit): string | undefined {
  return error.keyword === 'required' ? /property "([^"]+)"/.exec(error.error)?.[1] : undefined;
}

/**
 * The error to act on: the deepest location, ignoring the wrappers. At the same depth a
 * `type` error comes last: it is often only the other branch of a oneOf (text or object).
 */
function mainError(errors: readonly OutputUnit[]): OutputUnit | undefined {
  const leaves = errors.filter((error) => !WRAPPERS.has(error.keyword));
  const pool = leaves.length ? leaves : errors;
  let best: OutputUnit | undefined;
  let bestDepth = -1;
  for (const error of pool) {
    const depth = segmentsOf(error.instanceLocation).length;
    if (depth > bestDepth || (depth === bestDepth && best?.keyword === 'type' && error.keyword !== 'type')) {
      best = error;
      bestDepth = depth;
    }
  }
  return best;
}

/** The schema object that holds the failing keyword, following `$ref`s. */
function schemaAt(root: Schema, keywordLocation: string): Schema | undefined {
  const parts = segmentsOf(keywordLocation).slice(0, -1);
  let node: unknown = root;
  for (const part of parts) {
    if (!node || typeof node !== 'object') return undefined;
    if (part === '$ref') {
      const ref = (node as Schema).$ref;
      node = ref?.startsWith('#/') ? segmentsOf(ref).reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root) : undefined;
    } else node = (node as Record<string, unknown>)[part];
  }
  return node && typeof node === 'object' ? (node as Schema) : undefined;
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
export function reasonOf(error: OutputUnit, root: Schema, value: unknown): DataIssueReason {
  const node = schemaAt(root, error.keywordLocation);
  switch (error.keyword) {
    case 'required':
    case 'minLength':
    case 'minItems':
      return 'missing';
    case 'type':
      return /Expected .*"(number|integer)"/.test(error.error) ? 'not-a-number' : 'invalid';
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
function settle(local: DataIssue[], issue: DataIssue): DataIssue {
  const prefix = `${issue.field}.`;
  const inside = local.filter((earlier) => issue.field === '' || earlier.field === issue.field || earlier.field.startsWith(prefix));
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
export function checkRecord(record: Record<string, unknown>, schema: Schema, row: number, dropped: DataIssue[]): CheckOutcome {
  const { fast, full } = validatorsFor(schema);
  const essentials = new Set<string>((schema.required as string[] | undefined) ?? []);
  const leaveOut = (issue: DataIssue): CheckOutcome => {
    const settled = settle(dropped, issue);
    dropped.length = 0;
    return { leftOut: settled };
  };
  for (const segments of nonFinitePaths(record)) {
    const field = filePath(record, segments);
    const issue: DataIssue = { row, field, reason: 'out-of-range', value: String(valueAt(record, segments)), detail: 'number too large' };
    if (essentials.has(segments[0]!) && segments.length === 1) return leaveOut(issue);
    dropped.push(settle(dropped, issue));
    dropAt(record, segments);
  }
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (fast.validate(record).valid) return {};
    const error = mainError(full.validate(record).errors);
    if (!error) return {};
    const segments = segmentsOf(error.instanceLocation);
    const missing = missingOf(error);
    const value = valueAt(record, segments);
    const reason = reasonOf(error, schema, value);
    const detail = missing ? `"${missing}" is required` : error.error;
    if (segments.length === 0) {
      // The record as a whole: a missing essential, or a rule across fields.
      return leaveOut({ row, field: missing ?? '', reason, detail });
    }
    const field = filePath(record, segments);
    const shown = missing ? undefined : shownValue(value);
    const issue: DataIssue = { row, field, reason, ...(shown !== undefined && { value: shown }), detail };
    if (segments.length === 1 && essentials.has(segments[0]!)) return leaveOut(issue);
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
