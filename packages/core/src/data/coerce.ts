import type { Schema } from '@cfworker/json-schema';
import { readDate } from './read-date.js';
import { readNumber } from './read-number.js';

/*
 * CSV cells are text. The format's JSON Schema says what each field should be, so we use
 * it to turn a flat CSV record ("source.name", "services" = "a;b", "value" = "79,5")
 * into the same nested record a JSON feed would give. The same readers run over the text
 * in a JSON feed where the schema asks for a number or a date ("€ 2,50", "25-12-2026").
 * What cannot be converted is left as it is, so validation names the field.
 */

type SchemaNode = Schema | boolean | undefined;

function resolve(node: SchemaNode, root: Schema): Schema | undefined {
  if (!node || node === true) return undefined;
  if (node.$ref?.startsWith('#/')) {
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], root);
    return resolve(target as Schema, root);
  }
  return node;
}

/** Distinct texts kept per column while reading one file (beyond it, cells are read each time). */
const CELL_CACHE_SIZE = 5000;
/** After this many rows, a column with more distinct texts than half of them stops caching. */
const CACHE_TRIAL = 200;
/** A list position in a path ("sessions.0.start"). */
const INDEX = /^\d+$/;

/** Keys that would reach an object's prototype: never followed or written. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const NO_TYPES: readonly string[] = [];
const typesCache = new WeakMap<Schema, readonly string[]>();

/** The node's `type` as a list (cached: a big file asks for the same node many times). */
function typesOf(node: Schema | undefined): readonly string[] {
  if (!node) return NO_TYPES;
  let types = typesCache.get(node);
  if (!types) {
    types = node.type ? (Array.isArray(node.type) ? node.type : [node.type]) : NO_TYPES;
    typesCache.set(node, types);
  }
  return types;
}

/** What a cell of this schema is read as, worked out once per schema node. */
type CellKind = 'number' | 'date' | 'boolean' | 'array' | 'text';
const kindCache = new WeakMap<Schema, CellKind>();

function kindOf(node: Schema | undefined): CellKind {
  if (!node) return 'text';
  let kind = kindCache.get(node);
  if (!kind) {
    const types = typesOf(node);
    kind =
      types.includes('number') || types.includes('integer')
        ? 'number'
        : types.includes('string') && isDateSchema(node)
          ? 'date'
          : types.includes('boolean')
            ? 'boolean'
            : types.includes('array')
              ? 'array'
              : 'text';
    kindCache.set(node, kind);
  }
  return kind;
}

const YES = new Set(['true', 'ja', 'yes', '1', 'waar']);
const NO = new Set(['false', 'nee', 'no', '0', 'onwaar']);

function childSchema(node: Schema | undefined, key: string, root: Schema): Schema | undefined {
  if (!node) return undefined;
  if (/^\d+$/.test(key) && node.items) return resolve(node.items as Schema, root);
  if (UNSAFE_KEYS.has(key)) return undefined;
  const direct = node.properties && Object.hasOwn(node.properties, key) ? resolve(node.properties[key] as Schema, root) : undefined;
  if (direct) return direct;
  // Localized text ({ nl, en }) sits behind oneOf.
  for (const option of node.oneOf ?? node.anyOf ?? []) {
    const properties = resolve(option, root)?.properties;
    const found = properties && Object.hasOwn(properties, key) ? resolve(properties[key] as Schema, root) : undefined;
    if (found) return found;
  }
  return undefined;
}

/**
 * "4,497" could be a decimal or a thousand-something. When the schema's bounds allow only
 * the decimal reading (a longitude is at most 180), that reading is meant: Dutch
 * spreadsheets write coordinates with a decimal comma.
 */
function boundedDecimal(cell: string, node: Schema | undefined): number | undefined {
  if (!node || !/^[-+]?\d{1,3}[.,]\d{3}$/.test(cell)) return undefined;
  const within = (value: number) =>
    (node.maximum === undefined || value <= node.maximum) && (node.minimum === undefined || value >= node.minimum);
  const decimal = Number(cell.replace(',', '.'));
  const thousands = Number(cell.replace(/[.,]/, ''));
  return within(decimal) && !within(thousands) ? decimal : undefined;
}

/** A date field: `format: "date"`, or a pattern that asks for `YYYY-MM-DD` and nothing more. */
export function isDateSchema(node: Schema | undefined): boolean {
  if (!node) return false;
  if (node.format === 'date') return true;
  if (typeof node.pattern !== 'string') return false;
  const pattern = node.pattern.replace(/\[0-9\]/g, '\\d').replace(/\\s\*/g, '');
  return pattern === '^\\d{4}-\\d{2}-\\d{2}$';
}

/** A year: a whole number between 1000 and 9999 at most (e.g. 1900–2100). */
function isYearSchema(node: Schema | undefined): boolean {
  return !!node && (node.minimum ?? 0) >= 1000 && (node.maximum ?? Infinity) <= 9999;
}

/** "2021", "jaar 2021", "in 2021", or a full date: its year. */
function readYear(cell: string): number | undefined {
  const match = /^(?:jaar|year|in|anno)?\s*(\d{4})\.?$/i.exec(cell);
  if (match) return Number(match[1]);
  const date = readDate(cell);
  return date ? Number(date.slice(0, 4)) : undefined;
}

/**
 * Reads text as the number or date its schema asks for; returns the text unchanged when
 * it cannot (validation then names the field), or when the schema asks for text.
 */
export function readAs(cell: string, node: Schema | undefined): unknown {
  const kind = kindOf(node);
  if (kind === 'number') {
    const types = typesOf(node);
    if (types.includes('integer') && isYearSchema(node)) {
      const year = readYear(cell);
      if (year !== undefined) return year;
    }
    return readNumber(cell) ?? boundedDecimal(cell, node) ?? cell;
  }
  if (kind === 'date') return readDate(cell) ?? cell;
  return cell;
}

/** Converts one cell's text as its schema asks; returns undefined for an empty cell. */
export function coerceCell(text: string, node: Schema | undefined, root: Schema): unknown {
  const cell = text.trim();
  if (cell === '') return undefined;
  const kind = kindOf(node);
  if (kind === 'text') return cell;
  if (kind === 'number' || kind === 'date') return readAs(cell, node);
  if (kind === 'boolean') {
    const word = cell.toLowerCase();
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
    return cell;
  }
  // A list: JSON in the cell, or parts separated by ";".
  if (cell.startsWith('[')) {
    try {
      return JSON.parse(cell) as unknown;
    } catch {
      return cell;
    }
  }
  const itemSchema = resolve(node?.items as Schema, root);
  const items: unknown[] = [];
  for (const part of cell.split(';')) {
    const item = coerceCell(part, itemSchema, root);
    if (item !== undefined) items.push(item);
  }
  return items;
}

/**
 * Builds a nested record from a flat CSV record: dots nest ("location.city"), numbers
 * index lists ("sessions.0.start"), and each cell is converted as the schema asks.
 */
export function unflattenRecord(flat: Record<string, string>, schema: Schema): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  let columns = columnCache.get(schema);
  if (!columns) columnCache.set(schema, (columns = new Map()));
  for (const header in flat) {
    const text = flat[header];
    if (!header || typeof text !== 'string') continue;
    let column = columns.get(header);
    if (column === undefined) {
      column = columnOf(header, schema);
      columns.set(header, column);
    }
    if (!column) continue;
    place(record, column, coerceCell(text, column.node, schema));
  }
  return compactLists(record) as Record<string, unknown>;
}

/**
 * Builds the nested records of a CSV table (see {@link unflattenRecord}); each column's
 * path and schema are worked out once for the whole file.
 */
export function unflattenRows(header: readonly string[], rows: readonly (readonly string[])[], schema: Schema): Record<string, unknown>[] {
  const read = rowReader(header, schema);
  const records: Record<string, unknown>[] = new Array(rows.length);
  for (let r = 0; r < rows.length; r++) records[r] = read(rows[r]!);
  return records;
}

/**
 * The reading of one row of a CSV table with this header into its nested record (see
 * {@link unflattenRows}), for a parser that hands over row after row: each column's path,
 * schema and nesting plan are worked out once, here.
 */
export function rowReader(header: readonly string[], schema: Schema): (cells: readonly string[]) => Record<string, unknown> {
  const columns = header.map((name) => (name ? columnOf(name, schema) : null));
  // Later columns with the same name win, as in an object.
  columns.forEach((column, index) => {
    if (column && header.indexOf(header[index]!, index + 1) !== -1) columns[index] = null;
  });
  const indexed = columns.some((column) => column?.path.some((key) => INDEX.test(key)));
  // A text column of the record itself (most of them) is set directly.
  const plain = columns.map((column) => (column && column.path.length === 1 && kindOf(column.node) === 'text' ? column.path[0]! : undefined));
  // A sheet repeats its cells (a price, a place, a list of topics) thousands of times: each
  // column reads each distinct text once and keeps one copy of it. Lists are copied per
  // record (a record's list may be changed later); a list holding objects is not kept.
  const read = columns.map((column) => (column ? new Map<string, unknown>() : undefined));
  let count = 0;
  return (cells) => {
    // A column whose texts hardly repeat (ids, titles) is read without its cache.
    if (++count === CACHE_TRIAL) {
      for (let i = 0; i < read.length; i++) if (read[i] && read[i]!.size * 2 > count) read[i] = undefined;
    }
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i];
      const text = cells[i];
      if (!column || text === undefined) continue;
      const key = plain[i];
      const cache = read[i];
      if (key !== undefined) {
        // The first copy of a repeated text is kept (the row's own copy is soon garbage).
        let cell = cache?.get(text) as string | undefined;
        if (cell === undefined) {
          cell = text.trim();
          if (cache && cache.size < CELL_CACHE_SIZE) cache.set(text, cell);
        }
        if (cell !== '') record[key] = cell;
        continue;
      }
      let value = cache?.get(text);
      if (value === undefined && !cache?.has(text)) {
        value = coerceCell(text, column.node, schema);
        if (cache && cache.size < CELL_CACHE_SIZE && (!Array.isArray(value) || value.every(isPrimitive))) cache.set(text, value);
      }
      place(record, column, Array.isArray(value) ? value.slice() : value);
    }
    return indexed ? (compactLists(record) as Record<string, unknown>) : record;
  };
}

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object';

function place(record: Record<string, unknown>, { path, lists }: Column, value: unknown): void {
  if (value === undefined) return;
  let target = record;
  for (let index = 0; index < path.length - 1; index++) {
    const key = path[index]!;
    if (typeof target[key] !== 'object' || target[key] === null) {
      target[key] = lists[index] ? [] : {};
    }
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]!] = value;
}

/** A CSV column's path and schema, worked out once per header (a file has thousands of rows). */
interface Column {
  path: string[];
  node: Schema | undefined;
  /** Per step of the path: whether the next key is a list position (so a list is made). */
  lists: boolean[];
}
const columnCache = new WeakMap<Schema, Map<string, Column | null>>();

function columnOf(header: string, schema: Schema): Column | null {
  const path = header.split('.').map((key) => key.trim());
  if (path.some((key) => key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')) return null;
  let node: Schema | undefined = schema;
  for (const key of path) node = childSchema(node, key, schema);
  return { path, node, lists: path.map((_, index) => index + 1 < path.length && INDEX.test(path[index + 1]!)) };
}

/**
 * Reads the text in a JSON record where the schema asks for a number or a date
 * ("€ 2,50", "25-12-2026", "79%"). Changes `record` in place and returns it; every other
 * value is left as it is.
 */
export function coerceRecord(record: Record<string, unknown>, schema: Schema): Record<string, unknown> {
  coerceValue(record, schema, schema);
  return record;
}

function coerceValue(value: unknown, node: Schema | undefined, root: Schema): unknown {
  if (!node) return value;
  if (typeof value === 'string') {
    const cell = value.trim();
    return cell === '' ? value : readAs(cell, node);
  }
  if (Array.isArray(value)) {
    const items = resolve(node.items as Schema, root);
    if (items) for (let i = 0; i < value.length; i++) value[i] = coerceValue(value[i], items, root);
    return value;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (UNSAFE_KEYS.has(key)) continue;
      const child = childSchema(node, key, root);
      if (child) object[key] = coerceValue(object[key], child, root);
    }
  }
  return value;
}

/** Indexed CSV columns may skip numbers (sessions.0, sessions.2); close the gaps. */
function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactLists);
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = compactLists(inner);
  }
  return value;
}
