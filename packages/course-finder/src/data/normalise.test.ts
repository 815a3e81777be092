import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodePc4Table } from '@digivaardig/core';
import { placeByPostcode } from './normalise.js';
import { sampleShiftDays, shiftSessions } from './sample-dates.js';
import { amsterdamDateTime } from '@digivaardig/core';
import { amsterdamInstant, parseSessionShorthand, parseSessionTime } from './local-time.js';
import type { Course } from '../types.js';

const base = { id: 'c1', title: 'Test', format: 'group' as const };

describe('session times', () => {
  it('reads ISO, offsets, Dutch dates and dots', () => {
    expect(parseSessionTime('2024-12-03T10:00')?.local).toBe('2024-12-03T10:00');
    expect(parseSessionTime('2024-12-03 10:00:00')?.local).toBe('2024-12-03T10:00');
    expect(parseSessionTime('2024-12-03T09:00:00Z')?.local).toBe('2024-12-03T10:00');
    expect(parseSessionTime('2024-07-03T10:00+0200')?.local).toBe('2024-07-03T10:00');
    expect(parseSessionTime('03-12-2024 10:00')?.local).toBe('2024-12-03T10:00');
    expect(parseSessionTime('3-12-2024 9.30')?.local).toBe('2024-12-03T09:30');
    expect(parseSessionTime('03/12/2024 10:00')?.local).toBe('2024-12-03T10:00');
  });
  it('refuses impossible dates', () => {
    expect(parseSessionTime('31-02-2025 10:00')).toBeUndefined();
    expect(parseSessionTime('2025-13-01T10:00')).toBeUndefined();
    expect(parseSessionTime('2025-01-01T24:00')).toBeUndefined();
    expect(parseSessionTime('tomorrow')).toBeUndefined();
  });
  it('turns Amsterdam wall-clock time into the right instant, summer and winter', () => {
    expect(new Date(amsterdamInstant('2024-12-03T10:00')).toISOString()).toBe('2024-12-03T09:00:00.000Z');
    expect(new Date(amsterdamInstant('2024-07-03T10:00')).toISOString()).toBe('2024-07-03T08:00:00.000Z');
    // The day DST starts (31 March 2024, 02:00 → 03:00) and ends (27 October, 03:00 → 02:00).
    expect(new Date(amsterdamInstant('2024-03-31T12:00')).toISOString()).toBe('2024-03-31T10:00:00.000Z');
    expect(new Date(amsterdamInstant('2024-10-27T12:00')).toISOString()).toBe('2024-10-27T11:00:00.000Z');
  });
  it('agrees with Intl for every hour of two years around the clock changes', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 3_600_000) {
      const at = amsterdamDateTime(t);
      expect(amsterdamInstant(`${at.date}T${at.time}`), `${at.date}T${at.time}`).toBe(
        // The repeated autumn hour maps to its first (summer-time) instant.
        amsterdamDateTime(t - 3_600_000).date === at.date && amsterdamDateTime(t - 3_600_000).time === at.time ? t - 3_600_000 : t,
      );
    }
  });
  it('reads the spreadsheet shorthand', () => {
    expect(parseSessionShorthand('03-12-2024 10:00-12:00')).toEqual({ start: '2024-12-03T10:00', end: '2024-12-03T12:00' });
    expect(parseSessionShorthand('2024-12-03 10.00 – 12.00')).toEqual({ start: '2024-12-03T10:00', end: '2024-12-03T12:00' });
    expect(parseSessionShorthand('30-02-2024 10:00-12:00')).toBeUndefined();
  });
});

describe('sample dates', () => {
  it('moves by whole weeks so weekdays stay', () => {
    expect(sampleShiftDays('2025-01-06', '2025-01-06')).toBe(0);
    expect(sampleShiftDays('2025-01-06', '2025-01-12')).toBe(0);
    expect(sampleShiftDays('2025-01-06', '2025-01-13')).toBe(7);
    expect(sampleShiftDays('2025-01-06', '2026-03-04')).toBe(420);
    expect(sampleShiftDays('2025-01-06', '2025-01-05')).toBe(-7);
    const [moved] = shiftSessions([{ ...base, sessions: [{ start: '2025-03-24T10:00', end: '2025-03-24T12:00' }] }], 7);
    expect(moved!.sessions[0]).toEqual({ start: '2025-03-31T10:00', end: '2025-03-31T12:00' });
  });
});

describe('placeByPostcode', () => {
  const table = decodePc4Table(JSON.parse(readFileSync(new URL('../../../data/data/pc4.json', import.meta.url), 'utf8')));
  it('places rows without coordinates at their postcode and fills in the city', () => {
    const courses: Course[] = [
      { ...base, location: { name: 'Bieb', postcode: '2311 EZ' }, sessions: [] },
      { ...base, id: 'c2', location: { name: 'Bieb', postcode: '1000' }, sessions: [] },
      { ...base, id: 'c3', location: { name: 'Bieb', postcode: '2311', lat: 52, lon: 5 }, sessions: [] },
    ];
    const [placed, unknown, kept] = placeByPostcode(courses, table);
    expect(placed!.location!.lat).toBeCloseTo(52.16, 1);
    expect(placed!.location!.lon).toBeCloseTo(4.49, 1);
    expect(placed!.location!.city).toBe('Leiden');
    expect(unknown!.location!.lat).toBeUndefined();
    expect(kept!.location).toEqual(courses[2]!.location);
  });
});
