import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from './csv.js';
import { DataLoadError } from './errors.js';

function parseError(text: string): DataLoadError {
  try {
    parseCsv(text);
  } catch (error) {
    return error as DataLoadError;
  }
  throw new Error('parseCsv did not throw');
}

describe('detectDelimiter', () => {
  it('finds the separator in the header row', () => {
    expect(detectDelimiter('id,value,unit')).toBe(',');
    expect(detectDelimiter('id;value;unit')).toBe(';');
    expect(detectDelimiter('id\tvalue\tunit')).toBe('\t');
    expect(detectDelimiter('id|value|unit')).toBe('|');
  });

  it('ignores separators inside quoted header names', () => {
    expect(detectDelimiter('"a,b,c";"d,e";f')).toBe(';');
  });

  it('uses a comma for a single column', () => {
    expect(detectDelimiter('id')).toBe(',');
    expect(detectDelimiter('')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads a header row and records', () => {
    expect(parseCsv('id,value\na,1\nb,2')).toEqual([
      { id: 'a', value: '1' },
      { id: 'b', value: '2' },
    ]);
  });

  it('reads Dutch Excel files, separated by ";" with decimal commas', () => {
    expect(parseCsv('id;value;label\na;79,5;Een, twee\n')).toEqual([{ id: 'a', value: '79,5', label: 'Een, twee' }]);
  });

  it('reads tab-separated files', () => {
    expect(parseCsv('id\tvalue\tlabel\na\t1\tMet, komma; en puntkomma')).toEqual([
      { id: 'a', value: '1', label: 'Met, komma; en puntkomma' },
    ]);
  });

  it('keeps separators inside quoted cells', () => {
    expect(parseCsv('id,label\na,"Klik, Tik, en meer"')).toEqual([{ id: 'a', label: 'Klik, Tik, en meer' }]);
    expect(parseCsv('id;label\na;"een; twee"')).toEqual([{ id: 'a', label: 'een; twee' }]);
  });

  it('reads doubled quotes inside a quoted cell as one quote', () => {
    expect(parseCsv('id,label\na,"De cursus ""Werken met de e-overheid"""')).toEqual([
      { id: 'a', label: 'De cursus "Werken met de e-overheid"' },
    ]);
  });

  it('keeps line breaks inside quoted cells', () => {
    expect(parseCsv('id,label,value\na,"regel 1\nregel 2",3\nb,x,4')).toEqual([
      { id: 'a', label: 'regel 1\nregel 2', value: '3' },
      { id: 'b', label: 'x', value: '4' },
    ]);
  });

  it('reads JSON in a quoted cell (a series)', () => {
    const rows = parseCsv('id;series\na;"[{""label"":""2012"",""value"":9.8}]"');
    expect(JSON.parse(rows[0].series)).toEqual([{ label: '2012', value: 9.8 }]);
  });

  it('drops a byte-order mark, so the first header is "id", not "\\uFEFFid"', () => {
    const rows = parseCsv('\uFEFFid;value\na;1');
    expect(Object.keys(rows[0])).toEqual(['id', 'value']);
    expect(rows[0].id).toBe('a');
  });

  it('reads CRLF line ends without leaving "\\r" in the last cell', () => {
    const rows = parseCsv('id,value\r\na,1\r\nb,2\r\n');
    expect(rows).toEqual([
      { id: 'a', value: '1' },
      { id: 'b', value: '2' },
    ]);
  });

  it('detects the separator when the file has CRLF line ends', () => {
    expect(parseCsv('id;value\r\na;1,5\r\n')).toEqual([{ id: 'a', value: '1,5' }]);
  });

  it('drops blank lines and rows with only empty cells', () => {
    expect(parseCsv('id;value\n\na;1\n;;\n  ;  \n\nb;2\n\n')).toEqual([
      { id: 'a', value: '1' },
      { id: 'b', value: '2' },
    ]);
  });

  it('trims header names, so " id " is "id"', () => {
    expect(Object.keys(parseCsv(' id ; label.nl \na;x')[0])).toEqual(['id', 'label.nl']);
  });

  it('keeps a header with spaces inside it', () => {
    expect(parseCsv('id,Naam van de bron\na,CBS')).toEqual([{ id: 'a', 'Naam van de bron': 'CBS' }]);
  });

  it('fills missing cells of a short row with empty text, and ignores extra cells', () => {
    expect(parseCsv('id,value,unit\na,1\nb,2,percent,extra')).toEqual([
      { id: 'a', value: '1', unit: '' },
      { id: 'b', value: '2', unit: 'percent' },
    ]);
  });

  it('returns no records for a header only, or for nothing', () => {
    expect(parseCsv('id,value\n')).toEqual([]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('fails with a parse error for a quoted cell that is never closed', () => {
    const error = parseError('id,label\na,"Begin zonder einde\nb,gewoon');
    expect(error).toBeInstanceOf(DataLoadError);
    expect(error.code).toBe('parse');
    expect(error.message).toMatch(/quote/i);
  });
});
