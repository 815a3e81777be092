/** Why data could not be loaded at all; the code is what `dv-error` reports. */
export type LoadErrorCode = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

export class DataLoadError extends Error {
  constructor(
    readonly code: LoadErrorCode,
    message: string,
    /** The HTTP status, for `http`. */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** One data row that was skipped, and why (for the webmaster's console). */
export interface RowProblem {
  /** 1-based: the record's place in a JSON list, or its line in a CSV file (header = line 1). */
  row: number;
  /** The field at fault, as a dotted path ("source.url"), or "" for the row as a whole. */
  field: string;
  message: string;
}
