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
  const clean = text.replace(/^\uFEFF/, '');
  // An odd number of quote marks means a quoted cell never closes: the rest of the
  // file would silently become one cell.
  if ((clean.match(/"/g)?.length ?? 0) % 2 === 1) {
    throw new DataLoadError('parse', 'CSV: a quoted cell is not closed (check the quote marks).');
  }
  const headerLine = clean.slice(0, clean.search(/\r?\n|$/));
  const rows = dsvFormat(detectDelimiter(headerLine)).parseRows(clean);
  const header = (rows.shift() ?? []).map((name) => name.trim());
  return rows
    .filter((cells) => cells.some((cell) => cell.trim() !== ''))
    .map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ''])));
}
