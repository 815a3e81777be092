import { describe, expect, it } from 'vitest';
import { formatMinutes, parseIntervals, parseOpeningHours } from './parse.js';

const h = (hh: number, mm = 0) => hh * 60 + mm;

describe('parseIntervals', () => {
  it('reads one or more intervals', () => {
    expect(parseIntervals('09:00-17:00')).toEqual({ intervals: [{ start: h(9), end: h(17) }], issues: [] });
    expect(parseIntervals('09:00-12:00,13:00-17:00').intervals).toEqual([
      { start: h(9), end: h(12) },
      { start: h(13), end: h(17) },
    ]);
  });

  it('is lenient about how people write times', () => {
    const expected = [
      { start: h(9), end: h(12, 30) },
      { start: h(13), end: h(17) },
    ];
    for (const text of ['9:00-12:30, 13:00-17:00', ' 09.00 – 12.30 ; 13.00 — 17.00 ', '09:00 - 12:30,13:00-17:00']) {
      expect(parseIntervals(text)).toEqual({ intervals: expected, issues: [] });
    }
  });

  it.each([
    ['13.00 - 17.00 uur', [{ start: h(13), end: h(17) }]],
    ['9-12', [{ start: h(9), end: h(12) }]],
    ['9 - 17', [{ start: h(9), end: h(17) }]],
    ['09:00–12:00', [{ start: h(9), end: h(12) }]],
    ['9:00 tot 12:00', [{ start: h(9), end: h(12) }]],
    ['van 9 tot 12 uur', [{ start: h(9), end: h(12) }]],
    ['9 uur - 12.30 uur', [{ start: h(9), end: h(12, 30) }]],
    ['9h-17h', [{ start: h(9), end: h(17) }]],
    ['9u30-17u', [{ start: h(9, 30), end: h(17) }]],
    ['9-12 en 13-17', [{ start: h(9), end: h(12) }, { start: h(13), end: h(17) }]],
    ['9-12, 13-17', [{ start: h(9), end: h(12) }, { start: h(13), end: h(17) }]],
    ['09.00-12.00 uur en 13.00-17.00 uur', [{ start: h(9), end: h(12) }, { start: h(13), end: h(17) }]],
    ['9:00 tot 12:00 / 13:00 tot 17:00', [{ start: h(9), end: h(12) }, { start: h(13), end: h(17) }]],
  ])('reads the Dutch spreadsheet form %j', (text, intervals) => {
    expect(parseIntervals(text)).toEqual({ intervals, issues: [] });
  });

  it.each(['', '  ', 'closed', 'Closed', 'gesloten', 'Gesloten', 'dicht', '-', '–', null, undefined])('reads %j as closed', (text) => {
    expect(parseIntervals(text)).toEqual({ intervals: [], issues: [] });
  });

  it('allows 24:00 as an end, and reads an end of 00:00 as midnight', () => {
    expect(parseIntervals('00:00-24:00').intervals).toEqual([{ start: 0, end: h(24) }]);
    expect(parseIntervals('18:00-00:00').intervals).toEqual([{ start: h(18), end: h(24) }]);
    expect(parseIntervals('00:00-00:00').intervals).toEqual([{ start: 0, end: h(24) }]);
  });

  it.each([
    ['09:00', 'interval-format'],
    ['09:00-', 'interval-format'],
    ["'s middags", 'interval-format'],
    ['op afspraak', 'interval-format'],
    ['9-12-2026', 'interval-format'],
    ['930-1200', 'interval-format'],
    ['25:00-26:00', 'time-out-of-range'],
    ['09:60-12:00', 'time-out-of-range'],
    ['24:00-24:00', 'time-out-of-range'],
    ['09:00-24:30', 'time-out-of-range'],
    ['17:00-09:00', 'empty-interval'],
    ['22:00-02:00', 'empty-interval'],
    ['12:00-12:00', 'empty-interval'],
  ])('rejects %j with %s', (text, code) => {
    expect(parseIntervals(text)).toEqual({ intervals: [], issues: [{ code, value: text }] });
  });

  it('keeps the good intervals next to a bad one', () => {
    expect(parseIntervals('09:00-12:00,lunch,13:00-17:00')).toEqual({
      intervals: [
        { start: h(9), end: h(12) },
        { start: h(13), end: h(17) },
      ],
      issues: [{ code: 'interval-format', value: 'lunch' }],
    });
  });

  it('sorts unsorted intervals and says so', () => {
    const result = parseIntervals('13:00-17:00,09:00-12:00');
    expect(result.intervals).toEqual([
      { start: h(9), end: h(12) },
      { start: h(13), end: h(17) },
    ]);
    expect(result.issues.map((i) => i.code)).toEqual(['unsorted']);
  });

  it('merges overlapping intervals and says so; touching ones merge silently', () => {
    const overlapping = parseIntervals('09:00-13:00,12:00-17:00');
    expect(overlapping.intervals).toEqual([{ start: h(9), end: h(17) }]);
    expect(overlapping.issues.map((i) => i.code)).toEqual(['overlap']);
    expect(parseIntervals('09:00-12:00,12:00-17:00')).toEqual({ intervals: [{ start: h(9), end: h(17) }], issues: [] });
    expect(parseIntervals('09:00-17:00,10:00-11:00').intervals).toEqual([{ start: h(9), end: h(17) }]);
  });

  it('reports a value that is not text', () => {
    expect(parseIntervals(9).issues).toEqual([{ code: 'interval-format', value: '9' }]);
  });
});

describe('formatMinutes', () => {
  it('writes HH:MM', () => {
    expect(formatMinutes(0)).toBe('00:00');
    expect(formatMinutes(h(9, 5))).toBe('09:05');
    expect(formatMinutes(h(24))).toBe('24:00');
  });
});

describe('parseOpeningHours', () => {
  it('reads a location record', () => {
    const { schedule, issues } = parseOpeningHours({
      hours: { mo: '09:00-12:00,13:00-17:00', tu: '', we: '10:00-16:00', su: 'closed' },
      closed: ['2025-12-25', '2025-12-26'],
      exceptions: { '2025-12-24': '09:00-15:00', '2025-12-31': 'closed' },
    });
    expect(issues).toEqual([]);
    expect(schedule.hasHours).toBe(true);
    expect(schedule.week.mo).toHaveLength(2);
    expect(schedule.week.tu).toEqual([]);
    expect(schedule.week.th).toEqual([]); // missing = closed
    expect(schedule.week.we).toEqual([{ start: h(10), end: h(16) }]);
    expect([...schedule.closed]).toEqual(['2025-12-25', '2025-12-26']);
    expect(schedule.exceptions.get('2025-12-24')).toEqual([{ start: h(9), end: h(15) }]);
    expect(schedule.exceptions.get('2025-12-31')).toEqual([]);
  });

  it('takes closed dates from a CSV cell', () => {
    expect([...parseOpeningHours({ closed: '2025-12-25; 2025-12-26,2026-01-01' }).schedule.closed]).toEqual([
      '2025-12-25',
      '2025-12-26',
      '2026-01-01',
    ]);
  });

  it('knows when no hours were given at all', () => {
    expect(parseOpeningHours({}).schedule.hasHours).toBe(false);
    expect(parseOpeningHours().schedule.hasHours).toBe(false);
    expect(parseOpeningHours({ hours: {} }).schedule.hasHours).toBe(false);
    expect(parseOpeningHours({ hours: { su: 'closed' } }).schedule.hasHours).toBe(true);
  });

  it('reports every problem with where it is, and keeps the rest', () => {
    const { schedule, issues } = parseOpeningHours({
      hours: { mo: '09:00-17:00', tu: 'lunch', monday: '09:00-17:00', we: '13:00-17:00,09:00-12:00' },
      closed: ['2025-02-30', '25-12-2025', 20251225, '2025-12-25'],
      exceptions: { 'kerstavond': '09:00-15:00', '2025-12-31': '10:00-25:00' },
    });
    expect(issues).toEqual([
      { code: 'interval-format', field: 'hours.tu', value: 'lunch' },
      { code: 'unknown-day', field: 'hours.monday', value: '09:00-17:00' },
      { code: 'unsorted', field: 'hours.we', value: '13:00-17:00,09:00-12:00' },
      { code: 'date-format', field: 'closed[0]', value: '2025-02-30' },
      { code: 'date-format', field: 'closed[1]', value: '25-12-2025' },
      { code: 'date-format', field: 'closed[2]', value: '20251225' },
      { code: 'date-format', field: 'exceptions.kerstavond', value: 'kerstavond' },
      { code: 'time-out-of-range', field: 'exceptions.2025-12-31', value: '10:00-25:00' },
    ]);
    expect(schedule.week.mo).toEqual([{ start: h(9), end: h(17) }]);
    expect(schedule.week.tu).toEqual([]);
    expect(schedule.week.we).toHaveLength(2);
    expect([...schedule.closed]).toEqual(['2025-12-25']);
  });

  it('accepts day keys in capitals', () => {
    expect(parseOpeningHours({ hours: { MO: '09:00-17:00' } }).schedule.week.mo).toHaveLength(1);
  });

  it('never throws on junk', () => {
    for (const junk of [{ hours: 'mo 9-5' }, { hours: [1, 2] }, { exceptions: 'x' }, { closed: 42 }, { hours: { mo: {} } }]) {
      const { issues } = parseOpeningHours(junk);
      expect(issues.length).toBeGreaterThan(0);
    }
  });
});
