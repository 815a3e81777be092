import { describe, expect, it } from 'vitest';
import { readDate, readDatePrefix } from './read-date.js';

describe('readDate', () => {
  it.each([
    ['25-12-2026', '2026-12-25'],
    ['5-1-2027', '2027-01-05'],
    ['25/12/2026', '2026-12-25'],
    ['25.12.2026', '2026-12-25'],
    ['2026-12-25', '2026-12-25'],
    [' 25 december 2026 ', '2026-12-25'],
    ['25 dec 2026', '2026-12-25'],
    ['25 dec. 2026', '2026-12-25'],
    ['1 mei 2027', '2027-05-01'],
    ['3 March 2027', '2027-03-03'],
    ['di 25 december 2026', '2026-12-25'],
    ['vr. 25-12-2026', '2026-12-25'],
    ['Vrijdag 25 December 2026', '2026-12-25'],
  ])('reads %j as %s', (text, date) => {
    expect(readDate(text)).toBe(date);
  });

  it.each(['31-02-2026', '2026-13-01', '25 december', '25 foo 2026', 'kerstavond', '12-25', '', '25-12-2026 en meer'])('refuses %j', (text) => {
    expect(readDate(text)).toBeUndefined();
  });

  it('refuses what is not text', () => {
    expect(readDate(20261225)).toBeUndefined();
    expect(readDate(undefined)).toBeUndefined();
  });
});

describe('readDatePrefix', () => {
  it('returns the text after the date, for a time', () => {
    expect(readDatePrefix('25-12-2026 10:00-12:00')).toEqual({ date: '2026-12-25', rest: '10:00-12:00' });
    expect(readDatePrefix('di 25 december 2026 van 10:00 tot 12:00')).toEqual({ date: '2026-12-25', rest: '10:00 tot 12:00' });
    expect(readDatePrefix('2026-12-25T10:00')).toEqual({ date: '2026-12-25', rest: '10:00' });
    expect(readDatePrefix('25-12-2026, 10.00 - 12.00 uur')).toEqual({ date: '2026-12-25', rest: '10.00 - 12.00 uur' });
  });
});
