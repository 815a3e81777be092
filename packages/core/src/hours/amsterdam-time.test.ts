import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, amsterdamDateTime, amsterdamInstant, amsterdamOffset, isIsoDate, weekdayOf } from './amsterdam-time.js';

/** Last Sunday of a month, 01:00 UTC: when the Dutch clocks change (EU rule). */
function switchInstant(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0)); // day 0 of next month
  const sunday = lastDay.getUTCDate() - lastDay.getUTCDay();
  return Date.UTC(year, month - 1, sunday, 1);
}

/** Independent oracle: the EU DST rule written out by hand, using UTC arithmetic only. */
function expectedLocal(instant: number): { date: string; time: string } {
  const year = new Date(instant).getUTCFullYear();
  const summer = instant >= switchInstant(year, 3) && instant < switchInstant(year, 10);
  const shifted = new Date(instant + (summer ? 2 : 1) * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

describe('amsterdamDateTime', () => {
  it.each([
    // Spring forward, Sunday 29 March 2026: 02:00 CET becomes 03:00 CEST.
    ['2026-03-29T00:30:00Z', '2026-03-29', 'su', '01:30'],
    ['2026-03-29T00:59:59Z', '2026-03-29', 'su', '01:59'],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'su', '03:00'],
    ['2026-03-29T01:30:00Z', '2026-03-29', 'su', '03:30'],
    // Fall back, Sunday 25 October 2026: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
    ['2026-10-25T00:30:00Z', '2026-10-25', 'su', '02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'su', '02:30'],
    ['2026-10-25T02:30:00Z', '2026-10-25', 'su', '03:30'],
    // The local date changes at 22:00 or 23:00 UTC, not at midnight UTC.
    ['2026-10-24T22:30:00Z', '2026-10-25', 'su', '00:30'],
    ['2026-10-25T22:59:00Z', '2026-10-25', 'su', '23:59'],
    ['2026-10-25T23:00:00Z', '2026-10-26', 'mo', '00:00'],
    ['2025-12-31T23:30:00Z', '2026-01-01', 'th', '00:30'],
    ['2024-02-29T12:00:00Z', '2024-02-29', 'th', '13:00'],
  ])('%s is %s (%s) %s in Amsterdam', (iso, date, weekday, time) => {
    const local = amsterdamDateTime(new Date(iso));
    expect(local).toEqual({ date, weekday, time, minutes: Number(time.slice(0, 2)) * 60 + Number(time.slice(3)) });
  });

  it('accepts epoch milliseconds', () => {
    expect(amsterdamDateTime(Date.UTC(2026, 0, 5, 8)).time).toBe('09:00');
  });

  it('agrees with the EU DST rule every 20 minutes through 2025 and 2026', () => {
    let checked = 0;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 20 * 60_000) {
      const local = amsterdamDateTime(t);
      const expected = expectedLocal(t);
      if (local.date !== expected.date || local.time !== expected.time) {
        expect({ at: new Date(t).toISOString(), ...local }).toEqual({ at: new Date(t).toISOString(), ...expected });
      }
      checked++;
    }
    expect(checked).toBe(52_560);
  });

  it('runs under the time zone of this process without depending on it', () => {
    // Documented: run with TZ=America/New_York or TZ=Asia/Tokyo; results must not change.
    expect(amsterdamDateTime(new Date('2026-03-29T01:30:00Z')).time).toBe('03:30');
  });
});

describe('amsterdamInstant: wall-clock time in Amsterdam to an instant', () => {
  it.each([
    ['2026-01-05T09:00', '2026-01-05T08:00:00Z'],
    ['2026-07-01T14:00', '2026-07-01T12:00:00Z'],
    ['2026-01-01T00:30', '2025-12-31T23:30:00Z'],
    // Spring forward, 29 March 2026: 01:59 is winter time, 03:00 summer time…
    ['2026-03-29T01:59', '2026-03-29T00:59:00Z'],
    ['2026-03-29T03:00', '2026-03-29T01:00:00Z'],
    // …and 02:30 never happens: read as summer time, the moment before the switch.
    ['2026-03-29T02:30', '2026-03-29T00:30:00Z'],
    // Fall back, 25 October 2026: 02:30 happens twice; the first (summer time) wins.
    ['2026-10-25T01:59', '2026-10-24T23:59:00Z'],
    ['2026-10-25T02:30', '2026-10-25T00:30:00Z'],
    ['2026-10-25T03:00', '2026-10-25T02:00:00Z'],
  ])('%s in Amsterdam is %s', (local, iso) => {
    expect(new Date(amsterdamInstant(local)).toISOString()).toBe(new Date(iso).toISOString());
  });

  it('is the inverse of amsterdamDateTime every 20 minutes through 2025 and 2026 (bar the repeated autumn hour)', () => {
    let checked = 0;
    for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 20 * 60_000) {
      const { date, time } = amsterdamDateTime(t);
      const back = amsterdamInstant(`${date}T${time}`);
      // The second 02:xx of an autumn night gives the first one, an hour earlier.
      const repeated = back === t - 3_600_000 && amsterdamOffset(t) === 60 && amsterdamOffset(back) === 120;
      if (back !== t && !repeated) expect({ local: `${date}T${time}`, back: new Date(back).toISOString() }).toEqual({ local: `${date}T${time}`, back: new Date(t).toISOString() });
      checked++;
    }
    expect(checked).toBe(52_560);
  });

  it('knows the offset in minutes, and what it was before the EU rule of 1996', () => {
    expect(amsterdamOffset(Date.UTC(2026, 0, 5))).toBe(60);
    expect(amsterdamOffset(Date.UTC(2026, 6, 5))).toBe(120);
    // 1995: summer time still ended on the last Sunday of September.
    expect(amsterdamOffset(Date.UTC(1995, 9, 5))).toBe(60);
  });
});

describe('calendar helpers', () => {
  it('adds days across months, years and DST switches', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-01-01', 14)).toBe('2026-01-15');
  });

  it('knows weekdays', () => {
    expect(weekdayOf('2026-03-29')).toBe('su');
    expect(weekdayOf('2026-03-30')).toBe('mo');
    expect(weekdayOf('2025-12-25')).toBe('th');
  });

  it('validates dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
});

describe('source of hours/', () => {
  it('never reads the machine’s local time (only UTC getters and Intl with a time zone)', () => {
    const dir = new URL('./', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(3);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      expect(code, file).not.toMatch(/\.(get|set)(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)\(/);
      expect(code, file).not.toMatch(/getTimezoneOffset|toLocale(Date|Time)?String|new Date\((?!Date\.UTC)[^)]*,/);
      expect(code, file).not.toMatch(/Date\.parse/);
    }
  });
});
