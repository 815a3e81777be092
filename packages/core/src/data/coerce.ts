import type { Schema } from '@cfworker/json-schema';
import { parseNumberText } from '../attributes.js';

/*
 * CSV cells are text. The format's JSON Schema says what each field should be, so we use
 * it to turn a flat CSV record ("source.name", "services" = "a;b", "value" = "79,5")
 * into the same nested record a JSON feed would give. What cannot be converted is left
 * as text, so validation names the field.
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

/** Converts one cell's text as its schema asks; returns undefined for an empty cell. */
export function coerceCell(text: string, node: Schema | undefined, root: Schema): unknown {
  const cell = text.trim();
  if (cell === '') return undefined;
  const types = typesOf(node);
  if (types.includes('number') || types.includes('integer')) {
    // Left as text when unreadable, so validation names the field.
    return parseNumberText(cell) ?? boundedDecimal(cell, node) ?? cell;
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
  for (const [header, text] of Object.entries(flat)) {
    if (!header || typeof text !== 'string') continue;
    const path = header.split('.').map((key) => key.trim());
    if (path.some((key) => key === '' || key === '__proto__' || key === 'constructor' || key === 'prototype')) continue;
    let node: Schema | undefined = schema;
    for (const key of path) node = childSchema(node, key, schema);
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

/** Indexed CSV columns may skip numbers (sessions.0, sessions.2); close the gaps. */
function compactLists(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== undefined).map(compactLists);
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) (value as Record<string, unknown>)[key] = compactLists(inner);
  }
  return value;
}
