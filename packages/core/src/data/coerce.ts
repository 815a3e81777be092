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

function typesOf(node: Schema | undefined): string[] {
  if (!node) return [];
  if (node.type) return Array.isArray(node.type) ? node.type : [node.type];
  return [];
}

function childSchema(node: Schema | undefined, key: string, root: Schema): Schema | undefined {
  if (!node) return undefined;
  if (/^\d+$/.test(key) && node.items) return resolve(node.items as Schema, root);
  const direct = resolve(node.properties?.[key] as Schema, root);
  if (direct) return direct;
  // Localized text ({ nl, en }) sits behind oneOf.
  for (const option of node.oneOf ?? node.anyOf ?? []) {
    const found = resolve((resolve(option, root)?.properties ?? {})[key] as Schema, root);
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
  const types = typesOf(node);
  if (types.includes('number') || types.includes('integer')) {
    if (types.includes('integer') && isYearSchema(node)) {
      const year = readYear(cell);
      if (year !== undefined) return year;
    }
    return readNumber(cell) ?? boundedDecimal(cell, node) ?? cell;
  }
  if (types.includes('string') && isDateSchema(node)) return readDate(cell) ?? cell;
  return cell;
}

/** Converts one cell's text as its schema asks; returns undefined for an empty cell. */
export function coerceCell(text: string, node: Schema | undefined, root: Schema): unknown {
  const cell = text.trim();
  if (cell === '') return undefined;
  const types = typesOf(node);
  if (types.includes('number') || types.includes('integer') || (types.includes('string') && isDateSchema(node))) {
    return readAs(cell, node);
  }
  if (types.includes('boolean')) {
    const word = cell.toLowerCase();
    if (['true', 'ja', 'yes', '1', 'waar'].includes(word)) return true;
    if (['false', 'nee', 'no', '0', 'onwaar'].includes(word)) return false;
    return cell;
  }
  if (types.includes('array')) {
    if (cell.startsWith('[')) {
      try {
        return JSON.parse(cell) as unknown;
      } catch {
        return cell;
      }
    }
    const itemSchema = resolve(node?.items as Schema, root);
    return cell
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => coerceCell(part, itemSchema, root));
  }
  return cell;
}

/**
 * Builds a nested record from a flat CSV record: dots nest ("location.city"), numbers
 * index lists ("sessions.0.start"), and each cell is converted as the schema asks.
 */
export function unflattenRecord(flat: Record<string, string>, schema: Schema): Record<string, unknown> {
  const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
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
    const { path, node } = column;
    const value = coerceCell(text, node, schema);
    if (value === undefined) continue;
    let target = record as Record<string, unknown>;
    path.slice(0, -1).forEach((key, index) => {
      if (typeof target[key] !== 'object' || target[key] === null) {
        target[key] = /^\d+$/.test(path[index + 1]) ? [] : (Object.create(null) as object);
      }
      target = target[key] as Record<string, unknown>;
    });
    target[path[path.length - 1]] = value;
  }
  return compactLists(record) as Record<string, unknown>;
}

/** A CSV column's path and schema, worked out once per header (a file has thousands of rows). */
interface Column {
  path: string[];
  node: Schema | undefined;
}
const columnCache = new WeakMap<Schema, Map<string, Column | null>>();

function columnOf(header: string, schema: Schema): Column | null {
  const path = header.split('.').map((key) => key.trim());
  if (path.some((key) => key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')) return null;
  let node: Schema | undefined = schema;
  for (const key of path) node = childSchema(node, key, schema);
  return { path, node };
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
