import { dsvFormat } from 'd3-dsv';
import { DataLoadError } from './errors.js';

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * The separator a spreadsheet used, guessed from the header row: Dutch Excel writes `;`,
 * most other tools `,`. Quoted text in the header is ignored.
 */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of DELIMITERS) {
    const count = unquoted.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/**
 * Reads CSV text with a header row into flat records (header → cell text).
 * Accepts what spreadsheets write: a byte-order mark, `;` as separator (Dutch Excel),
 * quoted cells with separators, quotes ("") and line breaks in them, CRLF line ends.
 * Rows with no text in any cell are dropped.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const { header, rows } = parseCsvTable(text);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}

/** As {@link parseCsv}, as a header and rows of cells (no object per row: big files read faster). */
export function parseCsvTable(text: string): { header: string[]; rows: string[][] } {
  let header: string[] = [];
  const rows = parseCsvRows(text, (names) => {
    header = names;
    return (cells) => cells;
  });
  return { header, rows };
}

/**
 * As {@link parseCsvTable}, but each row is handed to `read` (made from the header) as soon
 * as it is parsed, so a big file's cells need not all be kept until the end. Rows with no
 * text in any cell are left out before they are read.
 */
export function parseCsvRows<T extends object>(text: string, start: (header: string[]) => (cells: string[]) => T): T[] {
  const clean = text.replace(/^\uFEFF/, '');
  const headerLine = clean.slice(0, clean.search(/\r?\n|$/));
  const delimiter = detectDelimiter(headerLine);
  // A quoted cell that never closes would silently swallow the rest of the file.
  if (hasUnclosedQuote(clean, delimiter)) {
    throw new DataLoadError('parse', 'CSV: a quoted cell is not closed (check the quote marks).');
  }
  let read: ((cells: string[]) => T) | undefined;
  const rows = dsvFormat(delimiter).parseRows(clean, (cells) => {
    if (!read) {
      read = start(cells.map((name) => name.trim()));
      return null;
    }
    for (let i = 0; i < cells.length; i++) if (cells[i]!.trim() !== '') return read(cells);
    return null;
  });
  if (!read) start([]);
  return rows;
}

/**
 * True when a cell opens with a quote mark and the file ends before it closes. A quote
 * inside an unquoted cell (`Tablet 10"`) is ordinary text, as spreadsheets write it.
 */
export function hasUnclosedQuote(text: string, delimiter: string): boolean {
  // Jumps from quote mark to quote mark: a big file has few of them.
  let at = text.indexOf('"');
  while (at !== -1) {
    const before = at === 0 ? '\n' : text[at - 1];
    if (before !== delimiter && before !== '\n' && before !== '\r') {
      at = text.indexOf('"', at + 1);
      continue;
    }
    // A quoted cell: find its closing quote; "" inside is an escaped quote.
    let end = text.indexOf('"', at + 1);
    while (end !== -1 && text[end + 1] === '"') end = text.indexOf('"', end + 2);
    if (end === -1) return true;
    at = text.indexOf('"', end + 1);
  }
  return false;
}
