import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import type { RowProblem } from './errors.js';

const validators = new WeakMap<Schema, Validator>();

function validatorFor(schema: Schema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    validator = new Validator(schema, '2020-12', false);
    validators.set(schema, validator);
  }
  return validator;
}

/** "#/source/url" → "source.url" */
function fieldOf(location: string): string {
  return location.replace(/^#\/?/, '').split('/').filter(Boolean).join('.');
}

/** The field at fault; for a missing field, the missing one itself ("source.name"). */
function fieldOfError(error: OutputUnit): string {
  const missing = error.keyword === 'required' ? /property "([^"]+)"/.exec(error.error)?.[1] : undefined;
  return [fieldOf(error.instanceLocation), missing].filter(Boolean).join('.');
}

/** The most specific error: the deepest location, ignoring the wrappers that only say "a child failed". */
function mainError(errors: OutputUnit[]): OutputUnit | undefined {
  const wrappers = new Set(['properties', 'items', '$ref', 'allOf', 'anyOf', 'oneOf', 'prefixItems', 'additionalProperties']);
  const leaves = errors.filter((error) => !wrappers.has(error.keyword));
  const pool = leaves.length ? leaves : errors;
  return pool.reduce<OutputUnit | undefined>(
    (best, error) => (!best || error.instanceLocation.length > best.instanceLocation.length ? error : best),
    undefined,
  );
}

/** Numbers JSON can hold but no figure should be: 1e999 parses as Infinity. */
function firstNonFinite(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path.join('.');
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = firstNonFinite(inner, [...path, key]);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Keeps the records that match the format's schema; every other one is skipped with its
 * row number and field, so the good rows still show. A second record with an id already
 * seen is skipped too: ids are how widgets and events name things.
 */
export function validateRecords<T>(
  records: readonly unknown[],
  schema: Schema,
  rowNumber: (index: number) => number = (index) => index + 1,
): { items: T[]; skipped: RowProblem[] } {
  const validator = validatorFor(schema);
  const items: T[] = [];
  const skipped: RowProblem[] = [];
  const ids = new Set<unknown>();
  records.forEach((record, index) => {
    const row = rowNumber(index);
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      skipped.push({ row, field: '', message: 'not an object' });
      return;
    }
    const infinite = firstNonFinite(record);
    if (infinite !== undefined) {
      skipped.push({ row, field: infinite, message: 'number too large' });
      return;
    }
    const result = validator.validate(record);
    if (!result.valid) {
      const error = mainError(result.errors);
      skipped.push({ row, field: error ? fieldOfError(error) : '', message: error?.error ?? 'invalid' });
      return;
    }
    const id = (record as { id?: unknown }).id;
    if (id !== undefined) {
      if (ids.has(id)) {
        skipped.push({ row, field: 'id', message: `duplicate id "${String(id)}"` });
        return;
      }
      ids.add(id);
    }
    items.push(record as T);
  });
  return { items, skipped };
}
