import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, registerCatalogs } from '../i18n/catalogs.js';
import { translator } from '../i18n/translator.js';
import type { DataIssue, DataIssueReason, DataReport } from '../data/report.js';
import { columnName, encodingText, fieldText, reasonWords, recordText, remarkText, summaryText } from './report-text.js';

beforeAll(async () => {
  registerCatalogs({ en: () => import('../generated/locales/en.js') });
  await loadCatalogs('en');
});

const nl = translator('nl');
const en = translator('en');

function report(overrides: Partial<DataReport> = {}): DataReport {
  return {
    src: 'https://example.org/cursussen.csv',
    format: 'course',
    kind: 'csv',
    encoding: 'utf-8',
    encodingGuessed: false,
    total: 14,
    kept: 12,
    recordsLeftOut: [],
    fieldsLeftOut: [],
    remarks: [],
    ...overrides,
  };
}

describe('the summary', () => {
  it('says how many records of how many are shown, with the format’s noun', () => {
    expect(summaryText(nl, report())).toBe('12 van de 14 cursussen worden getoond.');
    expect(summaryText(en, report())).toBe('12 of the 14 courses are shown.');
    expect(summaryText(nl, report({ format: 'location', total: 3, kept: 1 }))).toBe('1 van de 3 locaties wordt getoond.');
    expect(summaryText(nl, report({ format: 'statistic', total: 5, kept: 0 }))).toBe('0 van de 5 statistieken worden getoond.');
    expect(summaryText(nl, report({ total: 4, kept: 4 }))).toBe('Alle 4 cursussen worden getoond.');
    expect(summaryText(en, report({ format: 'location', total: 4, kept: 4 }))).toBe('All 4 locations are shown.');
  });

  it('gets the singular right for one record, and says when the file holds none', () => {
    expect(summaryText(nl, report({ format: 'question-set', total: 1, kept: 1 }))).toBe('De vragenlijst in het bestand wordt getoond.');
    expect(summaryText(en, report({ format: 'question-set', total: 1, kept: 0 }))).toBe('The question set in the file is not shown.');
    expect(summaryText(nl, report({ total: 0, kept: 0 }))).toBe('Er staan geen cursussen in het bestand.');
  });
});

describe('the encoding note', () => {
  it('tells how to save the file only when the encoding was guessed', () => {
    expect(encodingText(nl, report({ encoding: 'windows-1252', encodingGuessed: true }))).toBe(
      "Het bestand is niet opgeslagen als UTF-8. We lezen het als Windows-1252. Sla het op als 'CSV UTF-8' om fouten met letters als é te voorkomen.",
    );
    expect(encodingText(en, report({ encoding: 'windows-1252', encodingGuessed: true }))).toMatch(/^The file was not saved as UTF-8/);
    expect(encodingText(nl, report({ encoding: 'utf-16le' }))).toBeUndefined();
  });
});

describe('the lines about records and fields', () => {
  const noTitle: DataIssue = { row: 5, field: 'title', reason: 'missing' };
  const price: DataIssue = { row: 7, field: 'price', reason: 'not-a-number', value: '2 tientjes' };

  it('names the row, the reason and a tip for a record left out', () => {
    expect(recordText(nl, noTitle, 'csv')).toEqual({
      text: 'Rij 5 is weggelaten: de kolom title is leeg.',
      tip: 'Tip: Vul de kolom title in.',
    });
    expect(recordText(en, noTitle, 'csv')).toEqual({
      text: 'Row 5 was left out: the column title is empty.',
      tip: 'Tip: Fill in the column title.',
    });
    expect(recordText(nl, { row: 3, field: '', reason: 'not-a-record', value: '42' }, 'json').text).toBe(
      'Item 3 is weggelaten: dit is geen rij met gegevens.',
    );
    expect(recordText(nl, { row: 4, field: 'postcode', reason: 'no-place' }, 'csv').text).toBe(
      'Rij 4 is weggelaten: we weten niet waar deze locatie is.',
    );
    expect(recordText(nl, { row: 6, field: 'sessions', reason: 'not-a-date', value: 'volgende week' }, 'csv').text).toBe(
      "Rij 6 is weggelaten (kolom sessions): 'volgende week' is geen datum die we kunnen lezen.",
    );
    expect(recordText(en, { row: 6, field: 'sessions', reason: 'not-a-date', value: 'volgende week' }, 'csv').text).toBe(
      "Row 6 was left out (column sessions): 'volgende week' is not a date we can read.",
    );
  });

  it('names the row, the column and the value for a field left out', () => {
    expect(fieldText(nl, price, 'csv').text).toBe("Rij 7, kolom price: '2 tientjes' is geen getal. Dit veld is weggelaten.");
    expect(fieldText(en, price, 'csv').text).toBe("Row 7, column price: '2 tientjes' is not a number. This field was left out.");
    expect(fieldText(nl, { row: 2, field: 'sessions.1', reason: 'not-a-date' }, 'csv').text).toBe(
      'Rij 2, kolom sessions: de waarde is geen datum die we kunnen lezen. Dit veld is weggelaten.',
    );
  });

  it('says a remark without calling it a problem', () => {
    expect(remarkText(nl, { row: 4, field: 'topics', reason: 'kept-as-tag', value: 'bingo' }, 'csv').text).toBe(
      "Rij 4, kolom topics: 'bingo' kennen we niet; het wordt getoond zoals het er staat.",
    );
  });

  it('shows fields as CSV column names', () => {
    expect(columnName('source.url')).toBe('source.url');
    expect(columnName('sessions.2')).toBe('sessions');
    expect(columnName('hours.mon.0')).toBe('hours.mon');
    expect(columnName('')).toBe('');
  });
});

describe('words for every reason', () => {
  // reasonWords() is a Record over DataIssueReason: a reason added to report.ts without
  // words fails the typecheck; this checks that each one says something, in both languages.
  const reasons = Object.keys(reasonWords(nl)) as DataIssueReason[];

  it('covers the closed set of reasons', () => {
    const all: Record<DataIssueReason, true> = {
      missing: true, 'not-a-number': true, 'not-a-date': true, 'not-a-time': true, 'unknown-choice': true,
      'out-of-range': true, 'too-long': true, 'wrong-form': true, 'unsafe-link': true, 'unsafe-email': true,
      'duplicate-id': true, 'no-place': true, 'not-a-record': true, invalid: true, 'kept-as-tag': true,
      'id-made': true, 'id-renamed': true,
    };
    expect([...reasons].sort()).toEqual(Object.keys(all).sort());
  });

  for (const reason of reasons) {
    it(`says "${reason}" with a tip, in Dutch and in English`, () => {
      const issue: DataIssue = { row: 9, field: 'contact.email', reason, value: 'x?y' };
      const dutch = fieldText(nl, issue, 'csv');
      const english = fieldText(en, issue, 'csv');
      expect(dutch.text).toMatch(/^Rij 9, kolom contact\.email: .{8,}\. Dit veld is weggelaten\.$/);
      expect(english.text).toMatch(/^Row 9, column contact\.email: .{8,}\. This field was left out\.$/);
      expect(dutch.tip).toMatch(/^Tip: .{8,}$/);
      expect(english.tip).toMatch(/^Tip: .{8,}$/);
      expect(english.text).not.toBe(dutch.text.replace('Rij', 'Row'));
      expect(english.tip).not.toBe(dutch.tip);
    });
  }
});
