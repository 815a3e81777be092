import { describe, expect, it } from 'vitest';
import { readDate, readLeadingDate } from './read-date.js';

describe('readDate', () => {
  it('reads ISO dates and the Dutch forms, day first', () => {
    for (const text of [
      '2026-12-25',
      '25-12-2026',
      '25/12/2026',
      '25.12.2026',
      '25 december 2026',
      '25 December 2026',
      '25 dec 2026',
      '25 dec. 2026',
      'za 25 dec. 2026',
      'zaterdag 25 december 2026',
      'Sat 25 Dec 2026',
      '25 december, 2026',
    ]) {
      expect(readDate(text), text).toBe('2026-12-25');
    }
  });

  it('reads one-digit days and months, and Dutch and English month names', () => {
    expect(readDate('5-1-2026')).toBe('2026-01-05');
    expect(readDate('1 mrt 2026')).toBe('2026-03-01');
    expect(readDate('1 maart 2026')).toBe('2026-03-01');
    expect(readDate('1 march 2026')).toBe('2026-03-01');
    expect(readDate('3 okt 2026')).toBe('2026-10-03');
    expect(readDate('3 mei 2026')).toBe('2026-05-03');
  });

  it('refuses dates that cannot exist', () => {
    for (const text of ['31-02-2026', '29-02-2026', '2026-13-01', '00-01-2026', '31 april 2026', '32 dec 2026']) {
      expect(readDate(text), text).toBeUndefined();
    }
    expect(readDate('29-02-2028')).toBe('2028-02-29');
  });

  it('refuses what is no date, or holds more than a date', () => {
    for (const text of ['', 'morgen', '25 decembre 2026', '25-12-26', '12/25/2026', '25-12/2026', '2026', '25-12-2026 10:00']) {
      expect(readDate(text), text).toBeUndefined();
    }
  });
});

describe('readLeadingDate', () => {
  it('gives the date at the start and what follows', () => {
    expect(readLeadingDate('za 25 dec. 2026 10:00-12:00')).toEqual({ date: '2026-12-25', rest: '10:00-12:00' });
    expect(readLeadingDate('2026-12-25T10:00')).toEqual({ date: '2026-12-25', rest: '10:00' });
    expect(readLeadingDate('25-12-2026')).toEqual({ date: '2026-12-25', rest: '' });
  });

  it('gives nothing when the text does not start with a possible date', () => {
    expect(readLeadingDate('om 10:00 op 25-12-2026')).toBeUndefined();
    expect(readLeadingDate('31-02-2026 10:00')).toBeUndefined();
    expect(readLeadingDate('25-12-20261')).toBeUndefined();
  });
});
