import type { Schema } from '@cfworker/json-schema';

/** The data formats of docs/data-formats.md, each with its JSON Schema in packages/core/schemas/. */
export type DataFormat = 'statistic' | 'location' | 'course' | 'question-set';

// Schemas are fetched with the loader, only when a page sets `src`.
const schemas: Partial<Record<DataFormat, () => Promise<{ default: unknown }>>> = {
  statistic: () => import('../../schemas/statistic.schema.json'),
  'question-set': () => import('../../schemas/question-set.schema.json'),
  course: () => import('../../schemas/course.schema.json'),
  location: () => import('../../schemas/location.schema.json'),
};

export interface SourceOptions<T> {
  /** The embedded default, used when `src` is empty. */
  embedded: () => Promise<T[]>;
  signal?: AbortSignal;
  /** The element's tag, for console warnings. */
  tag: string;
  /** Bypass the browser cache: the visitor pressed "try again". */
  fresh?: boolean;
}

/**
 * The records a widget shows: from its `src` feed (fetched, parsed, validated; bad rows
 * skipped with a warning) or, without `src`, from the embedded default dataset.
 */
export async function loadSource<T>(src: string, format: DataFormat, options: SourceOptions<T>): Promise<T[]> {
  if (!src.trim()) return options.embedded();
  const schemaModule = schemas[format];
  if (!schemaModule) throw new Error(`No schema for the ${format} format.`);
  const [{ loadFeed }, schema] = await Promise.all([import('./loader.js'), schemaModule()]);
  const url = new URL(src.trim(), document.baseURI).href;
  const { items } = await loadFeed<T>(url, {
    schema: schema.default as Schema,
    signal: options.signal,
    tag: options.tag,
    fresh: options.fresh,
  });
  return items;
}
