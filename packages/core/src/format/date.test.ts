import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate, formatTime, TIME_ZONE } from './date.js';

/*
 * Every date and time is Dutch local time, whatever the clock zone of the machine. These
 * instants sit around midnight UTC, where a formatter in the wrong zone gives the wrong day.
 * The process zone is set far from Amsterdam on both sides while the tests run.
 */
const originalTz = process.env.TZ;

for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
  describe(`in a process running in ${zone}`, () => {
    beforeAll(() => {
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    });

    it('uses Europe/Amsterdam (and the process clock really is elsewhere)', () => {
      expect(TIME_ZONE).toBe('Europe/Amsterdam');
      const offsetMinutes = new Date('2024-12-02T23:30:00Z').getTimezoneOffset();
      expect(offsetMinutes).toBe({ 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, UTC: 0 }[zone]);
    });

    it('gives the Amsterdam date for an instant just before midnight UTC in winter (UTC+1)', () => {
      const instant = new Date('2024-12-02T23:30:00Z'); // 3 December, 00.30 in Amsterdam
      expect(formatDate(instant, 'nl')).toBe('3 december 2024');
      expect(formatDate(instant, 'en')).toBe('3 December 2024');
    });

    it('gives the Amsterdam date for an instant just before midnight UTC in summer (UTC+2)', () => {
      const instant = new Date('2024-06-30T22:15:00Z'); // 1 July, 00.15 in Amsterdam
      expect(formatDate(instant, 'nl')).toBe('1 juli 2024');
      expect(formatDate(instant, 'en')).toBe('1 July 2024');
    });

    it('turns the year in Amsterdam, not in UTC', () => {
      expect(formatDate(new Date('2024-12-31T23:30:00Z'), 'nl')).toBe('1 januari 2025');
    });

    it('keeps the same day for an instant just after midnight UTC', () => {
      expect(formatDate(new Date('2024-12-03T00:30:00Z'), 'nl')).toBe('3 december 2024');
    });

    it('writes Dutch times with a full stop and two-digit hours ("09.00")', () => {
      expect(formatTime(new Date('2024-12-03T08:00:00Z'), 'nl')).toBe('09.00');
      expect(formatTime(new Date('2024-06-03T08:00:00Z'), 'nl')).toBe('10.00');
    });

    it('writes English times with a colon, 24-hour', () => {
      expect(formatTime(new Date('2024-12-03T08:00:00Z'), 'en')).toBe('09:00');
      expect(formatTime(new Date('2024-12-03T16:45:00Z'), 'en')).toBe('17:45');
    });

    it('writes midnight as 00.00, never 24.00', () => {
      expect(formatTime(new Date('2024-12-02T23:00:00Z'), 'nl')).toBe('00.00');
      expect(formatTime(new Date('2024-12-02T23:30:00Z'), 'nl')).toBe('00.30');
    });

    it('follows daylight saving time on the night the clocks change', () => {
      // 27 October 2024: 03.00 summer time becomes 02.00 winter time, at 01:00 UTC.
      expect(formatTime(new Date('2024-10-27T00:30:00Z'), 'nl')).toBe('02.30');
      expect(formatTime(new Date('2024-10-27T01:30:00Z'), 'nl')).toBe('02.30');
      expect(formatTime(new Date('2024-10-27T02:30:00Z'), 'nl')).toBe('03.30');
    });

    it('formats a date in the style asked for, still in Amsterdam', () => {
      const instant = new Date('2024-12-02T23:30:00Z');
      expect(formatDate(instant, 'nl', { weekday: 'short', day: 'numeric', month: 'short' })).toBe('di 3 dec');
      expect(formatDate(instant, 'en', { weekday: 'long' })).toBe('Tuesday');
    });
  });
}
