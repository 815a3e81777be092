import type { Schema } from '@cfworker/json-schema';
import type { DataReport, RecordPreparer } from './report.js';

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
  /** The format's own reading of each record (words, shorthand, places), run by the pipeline. */
  prepare?: RecordPreparer<T>;
  /**
   * Gets the report of what was read from `src` (also just before failing with `invalid`
   * when no record can be used). Not called for embedded data: there is no feed to report on.
   */
  onReport?: (report: DataReport) => void;
}

/**
 * The records a widget shows: from its `src` feed (fetched, decoded, parsed, read
 * forgivingly: fields that cannot be read are left out, records without an essential field
 * too, all of it in the report and one console warning) or, without `src`, from the
 * embedded default dataset. A question set is one JSON document: the list then holds it.
 */
export async function loadSource<T>(src: string, format: DataFormat, options: SourceOptions<T>): Promise<T[]> {
  if (!src.trim()) return options.embedded();
  const schemaModule = schemas[format];
  if (!schemaModule) throw new Error(`No schema for the ${format} format.`);
  const [{ loadFeed }, schema] = await Promise.all([import('./loader.js'), schemaModule()]);
  const url = new URL(src.trim(), document.baseURI).href;
  const { items } = await loadFeed<T>(url, {
    schema: schema.default as Schema,
    format,
    signal: options.signal,
    tag: options.tag,
    fresh: options.fresh,
    prepare: options.prepare,
    onReport: options.onReport,
    single: format === 'question-set',
  });
  return items;
}
