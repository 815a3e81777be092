/*
 * What a widget read from a webmaster's feed (`src`): the contract between the loading
 * pipeline (which fills it), the format preparers in the widget packages (which add to
 * it) and the check report (`check` attribute, `dv-ready` detail) that shows it.
 *
 * Reasons are a closed set so that the report can say each one in the visitor's language,
 * with a tip, without parsing English error text.
 */

/** Why a record or a field was left out, or read in a way the webmaster should know. */
export type DataIssueReason =
  /** A required value is empty or absent. */
  | 'missing'
  /** Should be a number and is not ("twee", "1.250.000"). */
  | 'not-a-number'
  /** Should be a date (or a date and time) and cannot be read as one. */
  | 'not-a-date'
  /** Times or opening hours that cannot be read ("'s middags"). */
  | 'not-a-time'
  /** Must be one of a list (a statistic's unit, a chart type) and is not. */
  | 'unknown-choice'
  /** A number or a date outside what is possible (a latitude of 95, the year 3025). */
  | 'out-of-range'
  /** Longer than allowed. */
  | 'too-long'
  /** Not in the form asked for (a postcode, an id, a phone number, a language code). */
  | 'wrong-form'
  /** A link that is not http(s) (`javascript:`, `data:`): never rendered. */
  | 'unsafe-link'
  /** A mail address that could carry extra headers (`?`, `&`): never rendered. */
  | 'unsafe-email'
  /** An id that an earlier record already has. */
  | 'duplicate-id'
  /** A location that cannot be put on the map: no coordinates and no known postcode. */
  | 'no-place'
  /** A row that is not a record at all (a number in a JSON list). */
  | 'not-a-record'
  /** Anything else the schema refused; `detail` says what. */
  | 'invalid'
  // Remarks: the record is shown, read as described.
  /** A word that matches no known id, kept as the record's own tag (shown as written). */
  | 'kept-as-tag'
  /** The record had no id; one was made from its title or row. */
  | 'id-made'
  /** A second record with an id already used got a new id (`…-2`). */
  | 'id-renamed';

/** One thing the pipeline noticed about one record. */
export interface DataIssue {
  /** 1-based: the record's place in a JSON list, or its line in a CSV file (header = line 1). */
  readonly row: number;
  /** The field, as a dotted path ("source.url", "sessions.2"), or "" for the record as a whole. */
  readonly field: string;
  readonly reason: DataIssueReason;
  /** What the cell held, shortened to at most 80 characters; absent when it was empty. */
  readonly value?: string;
  /** Technical detail in English (the schema's message), for the console and scripts. */
  readonly detail?: string;
}

/** The text encoding a feed was read in. */
export type FeedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Everything a widget read from one feed, for the webmaster. */
export interface DataReport {
  /** The address fetched (after rewriting a Google Sheets or OneDrive link). */
  readonly src: string;
  /** The data format (docs/data-formats.md). */
  readonly format: 'statistic' | 'location' | 'course' | 'question-set';
  readonly kind: 'json' | 'csv';
  readonly encoding: FeedEncoding;
  /** True when the bytes were not valid UTF-8 and were read as Windows-1252 (Dutch Excel's "CSV"). */
  readonly encodingGuessed: boolean;
  /** Records in the file, good and bad. */
  readonly total: number;
  /** Records the widget can show. */
  readonly kept: number;
  /** One issue per record left out: the reason that decided. */
  readonly recordsLeftOut: readonly DataIssue[];
  /** Fields left out of records that are shown. */
  readonly fieldsLeftOut: readonly DataIssue[];
  /** Records shown, with something read in a way worth knowing (own tags, made ids). */
  readonly remarks: readonly DataIssue[];
}

/**
 * What a format preparer gets for each record: its row, and ways to say what it could not
 * read. A preparer turns a raw record (CSV cells already unflattened and coerced by the
 * schema where that was possible) into the format's shape before the schema check.
 */
export interface PrepareContext {
  readonly row: number;
  /** Leaves a field out of this record (the record is still shown). */
  dropField(field: string, reason: DataIssueReason, value?: unknown, detail?: string): void;
  /** Notes something read in a special way (an own tag). */
  remark(field: string, reason: DataIssueReason, value?: unknown): void;
  /** Leaves the whole record out: it cannot be shown (no title, no session that can be read). */
  leaveOut(field: string, reason: DataIssueReason, value?: unknown, detail?: string): void;
}

/** A widget package's reading of its own format, passed to `loadSource`. */
export interface RecordPreparer<T = Record<string, unknown>> {
  /** Returns the record in the format's shape; may mutate and return `record`. */
  prepare(record: Record<string, unknown>, context: PrepareContext): Record<string, unknown>;
  /** Runs once over the kept records after the schema check (e.g. place by postcode). */
  finish?(records: T[], rows: readonly number[], context: { leaveOut(index: number, issue: DataIssue): void }): Promise<void> | void;
}
