import { describe, expect, it } from 'vitest';
import { parseOpeningHours, type OpeningHoursInput } from './parse.js';
import { LOOK_AHEAD_DAYS, hoursOn, isOpenAt, openingStatus } from './status.js';

const schedule = (input: OpeningHoursInput) => {
  const { schedule, issues } = parseOpeningHours(input);
  expect(issues).toEqual([]);
  return schedule;
};

// A typical branch: closed Sunday and Monday, a lunch break on weekdays, a short Saturday.
const library = schedule({
  hours: {
    mo: 'closed',
    tu: '09:00-12:00,13:00-17:00',
    we: '09:00-12:00,13:00-17:00',
    th: '09:00-12:00,13:00-20:00',
    fr: '09:00-12:00,13:00-17:00',
    sa: '10:00-14:00',
    su: '',
  },
  closed: ['2025-12-25', '2025-12-26'],
  exceptions: { '2025-12-24': '09:00-15:00', '2025-12-31': 'closed' },
});

const at = (iso: string) => openingStatus(library, new Date(iso));

describe('openingStatus on ordinary days', () => {
  it('is open, until the end of the current interval (winter, UTC+1)', () => {
    // Tuesday 6 January 2026, 09:00 in Amsterdam.
    expect(at('2026-01-06T08:00:00Z')).toMatchObject({ known: true, open: true, until: '12:00' });
    expect(at('2026-01-06T10:59:00Z')).toMatchObject({ open: true, until: '12:00' });
  });

  it('is open at 09:00 in summer too (UTC+2)', () => {
    expect(at('2026-07-07T07:00:00Z')).toMatchObject({ open: true, until: '12:00' });
    expect(at('2026-07-07T06:59:00Z')).toMatchObject({
      open: false,
      opensAt: { date: '2026-07-07', weekday: 'tu', time: '09:00', daysAhead: 0 },
    });
  });

  it('closes at the end minute and reopens after lunch the same day', () => {
    const lunch = at('2026-01-06T11:00:00Z'); // 12:00
    expect(lunch.open).toBe(false);
    expect(lunch).not.toHaveProperty('until');
    expect(lunch.opensAt).toEqual({ date: '2026-01-06', weekday: 'tu', time: '13:00', daysAhead: 0 });
  });

  it('after closing, opens the next open day', () => {
    expect(at('2026-01-06T16:00:00Z').opensAt).toEqual({ date: '2026-01-07', weekday: 'we', time: '09:00', daysAhead: 1 });
    // Saturday afternoon: Sunday and Monday closed, so Tuesday.
    expect(at('2026-01-10T14:00:00Z').opensAt).toEqual({ date: '2026-01-13', weekday: 'tu', time: '09:00', daysAhead: 3 });
  });

  it("gives today's intervals in Amsterdam, also late in the evening UTC", () => {
    // Monday 5 January 23:30 UTC is already Tuesday 00:30 in Amsterdam.
    const status = at('2026-01-05T23:30:00Z');
    expect(status.today).toEqual({
      date: '2026-01-06',
      weekday: 'tu',
      intervals: [
        { start: '09:00', end: '12:00' },
        { start: '13:00', end: '17:00' },
      ],
    });
    expect(status.todayIntervals).toEqual(status.today.intervals);
    expect(status.opensAt).toMatchObject({ date: '2026-01-06', time: '09:00', daysAhead: 0 });
  });
});

describe('closed dates and exceptions', () => {
  it('uses special hours on an exception date', () => {
    // Wednesday 24 December 2025: 09:00-15:00 instead of until 17:00.
    const status = at('2025-12-24T13:30:00Z'); // 14:30
    expect(status).toMatchObject({ open: true, until: '15:00' });
    expect(status.today.exception).toBe('special');
    expect(status.todayIntervals).toEqual([{ start: '09:00', end: '15:00' }]);
  });

  it('skips closed dates when looking for the next opening', () => {
    // 24 Dec after 15:00: 25 and 26 closed (Christmas), 27 is a Saturday.
    expect(at('2025-12-24T14:30:00Z').opensAt).toEqual({ date: '2025-12-27', weekday: 'sa', time: '10:00', daysAhead: 3 });
  });

  it('is closed all day on a closed date, and says why', () => {
    const christmas = at('2025-12-25T10:00:00Z'); // a Thursday, normally open
    expect(christmas.open).toBe(false);
    expect(christmas.today).toEqual({ date: '2025-12-25', weekday: 'th', intervals: [], exception: 'closed' });
  });

  it('treats an exception of "closed" as a closed date', () => {
    // Wednesday 31 December 2025 closed; Thursday 1 January open as usual.
    const status = at('2025-12-31T10:00:00Z');
    expect(status.today.exception).toBe('closed');
    expect(status.opensAt).toMatchObject({ date: '2026-01-01', daysAhead: 1 });
  });

  it('lets a closed date win over special hours on the same date', () => {
    const both = schedule({ hours: { mo: '09:00-17:00' }, closed: ['2026-01-05'], exceptions: { '2026-01-05': '10:00-12:00' } });
    expect(openingStatus(both, new Date('2026-01-05T10:00:00Z')).open).toBe(false);
  });

  it('opens on an exception date even if the weekday is normally closed', () => {
    const sundayOpening = schedule({ hours: { mo: '09:00-17:00' }, exceptions: { '2026-01-11': '12:00-16:00' } });
    expect(openingStatus(sundayOpening, new Date('2026-01-10T12:00:00Z')).opensAt).toEqual({
      date: '2026-01-11',
      weekday: 'su',
      time: '12:00',
      daysAhead: 1,
    });
  });
});

describe('look-ahead', () => {
  it(`finds an opening exactly ${LOOK_AHEAD_DAYS} days ahead, not further`, () => {
    // Open on Tuesdays only; the next Tuesday is a closed date.
    const tuesdays = schedule({ hours: { tu: '10:00-12:00' }, closed: ['2026-01-13'] });
    const afterClosing = new Date('2026-01-06T12:00:00Z');
    expect(openingStatus(tuesdays, afterClosing).opensAt).toEqual({ date: '2026-01-20', weekday: 'tu', time: '10:00', daysAhead: 14 });
    const longer = schedule({ hours: { tu: '10:00-12:00' }, closed: ['2026-01-13', '2026-01-20'] });
    const status = openingStatus(longer, afterClosing);
    expect(status.open).toBe(false);
    expect(status).not.toHaveProperty('opensAt');
  });

  it('says when hours are unknown instead of calling the place closed', () => {
    const unknown = openingStatus(parseOpeningHours({}).schedule, new Date('2026-01-06T10:00:00Z'));
    expect(unknown).toMatchObject({ known: false, open: false, todayIntervals: [] });
    expect(unknown).not.toHaveProperty('opensAt');
  });
});

describe('midnight', () => {
  const evening = schedule({ hours: { fr: '20:00-24:00', sa: '00:00-02:00' } });

  it('is open until 24:00 in the last minute of the day', () => {
    // Friday 9 January 2026, 23:59 in Amsterdam.
    expect(openingStatus(evening, new Date('2026-01-09T22:59:00Z'))).toMatchObject({ open: true, until: '24:00' });
    // Saturday 00:00.
    expect(openingStatus(evening, new Date('2026-01-09T23:00:00Z'))).toMatchObject({ open: true, until: '02:00' });
  });
});

describe('daylight saving time switches', () => {
  // Sunday 29 March 2026: at 02:00 CET the clocks jump to 03:00 CEST.
  // Sunday 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET (02:00-03:00 twice).
  const night = schedule({ hours: { su: '02:00-03:00,03:30-05:00', tu: '09:00-17:00', sa: '10:00-14:00' } });
  const status = (iso: string) => openingStatus(night, new Date(iso));

  // Hours are wall-clock times. (An interval inside the skipped hour, 02:00-03:00 on the
  // spring Sunday, cannot happen that night; no library opens then, so that is not special-cased.)
  const spring = schedule({ hours: { su: '01:00-01:45,03:30-05:00', tu: '09:00-17:00', sa: '10:00-14:00' } });
  const springStatus = (iso: string) => openingStatus(spring, new Date(iso));

  it('spring forward: 00:30Z is 01:30 CET, open until 01:45', () => {
    expect(springStatus('2026-03-29T00:30:00Z')).toMatchObject({ open: true, until: '01:45' });
    expect(springStatus('2026-03-29T00:50:00Z')).toMatchObject({
      open: false,
      opensAt: { date: '2026-03-29', weekday: 'su', time: '03:30', daysAhead: 0 },
    });
  });

  it('spring forward: 01:00Z is already 03:00 CEST and 01:30Z is 03:30 CEST, open until 05:00', () => {
    expect(springStatus('2026-03-29T01:00:00Z')).toMatchObject({ open: false, opensAt: { time: '03:30', daysAhead: 0 } });
    expect(springStatus('2026-03-29T01:30:00Z')).toMatchObject({ open: true, until: '05:00' });
    expect(springStatus('2026-03-29T02:59:00Z')).toMatchObject({ open: true, until: '05:00' }); // 04:59 CEST
    expect(springStatus('2026-03-29T03:00:00Z').opensAt).toEqual({ date: '2026-03-31', weekday: 'tu', time: '09:00', daysAhead: 2 });
  });

  it('spring forward: the week across the switch', () => {
    // Saturday 28 March, 14:00 CET (13:00Z): closed until Sunday 01:00.
    expect(springStatus('2026-03-28T13:00:00Z').opensAt).toEqual({ date: '2026-03-29', weekday: 'su', time: '01:00', daysAhead: 1 });
    // Tuesday 31 March 09:00 CEST is 07:00Z; a week earlier 09:00 CET was 08:00Z.
    expect(isOpenAt(spring, new Date('2026-03-31T07:00:00Z'))).toBe(true);
    expect(isOpenAt(spring, new Date('2026-03-31T06:59:00Z'))).toBe(false);
    expect(isOpenAt(spring, new Date('2026-03-24T07:00:00Z'))).toBe(false);
    expect(isOpenAt(spring, new Date('2026-03-24T08:00:00Z'))).toBe(true);
  });

  it('fall back: 00:30Z is 02:30 CEST and 01:30Z is 02:30 CET, both open until 03:00', () => {
    expect(status('2026-10-25T00:30:00Z')).toMatchObject({ open: true, until: '03:00' });
    expect(status('2026-10-25T01:30:00Z')).toMatchObject({ open: true, until: '03:00' });
  });

  it('fall back: 02:30Z is 03:30 CET, open again until 05:00', () => {
    expect(status('2026-10-25T02:30:00Z')).toMatchObject({ open: true, until: '05:00' });
    expect(status('2026-10-25T02:00:00Z')).toMatchObject({ open: false, opensAt: { time: '03:30', daysAhead: 0 } });
  });

  it('fall back: 04:00Z is 05:00 CET, closed until Tuesday', () => {
    expect(status('2026-10-25T04:00:00Z')).toMatchObject({
      open: false,
      opensAt: { date: '2026-10-27', weekday: 'tu', time: '09:00', daysAhead: 2 },
    });
    // Tuesday 27 October 09:00 CET is 08:00Z again.
    expect(isOpenAt(night, new Date('2026-10-27T08:00:00Z'))).toBe(true);
    expect(isOpenAt(night, new Date('2026-10-27T07:59:00Z'))).toBe(false);
  });

  it('fall back: just before midnight local time, Saturday 23:30 CEST is 21:30Z', () => {
    expect(status('2026-10-24T21:30:00Z').today.weekday).toBe('sa');
    expect(status('2026-10-24T22:30:00Z').today.weekday).toBe('su'); // 00:30 CEST
  });
});

describe('consistency over the DST weeks, every 10 minutes', () => {
  /** Independent oracle for Amsterdam local time: the EU rule for 2026, by hand. */
  function local(t: number): { date: string; minutes: number } {
    const summer = t >= Date.UTC(2026, 2, 29, 1) && t < Date.UTC(2026, 9, 25, 1);
    const iso = new Date(t + (summer ? 2 : 1) * 3_600_000).toISOString();
    return { date: iso.slice(0, 10), minutes: Number(iso.slice(11, 13)) * 60 + Number(iso.slice(14, 16)) };
  }

  const week = schedule({
    hours: { mo: '13:00-17:00', tu: '09:00-12:00,13:00-17:00', we: '09:00-12:00', th: '09:00-12:00,13:00-20:00', fr: '09:00-17:00', sa: '10:00-14:00', su: '03:00-04:00' },
    closed: ['2026-03-27', '2026-10-30'],
  });

  for (const [from, to] of [
    ['2026-03-22T00:00:00Z', '2026-04-06T00:00:00Z'],
    ['2026-10-18T00:00:00Z', '2026-11-02T00:00:00Z'],
  ] as const) {
    it(`agrees with a minute-by-minute scan, ${from.slice(0, 10)} to ${to.slice(0, 10)}`, () => {
      const start = Date.parse(from);
      const end = Date.parse(to);
      const step = 10 * 60_000;
      const openAt = (t: number) => {
        const { date, minutes } = local(t);
        return hoursOn(week, date).intervals.some((iv) => {
          const [s, e] = [iv.start, iv.end].map((x) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3)));
          return s! <= minutes && minutes < e!;
        });
      };
      for (let t = start; t < end; t += step) {
        const status = openingStatus(week, t);
        expect(status.open, new Date(t).toISOString()).toBe(openAt(t));
        expect(isOpenAt(week, t)).toBe(status.open);
        if (status.open) {
          // It stays open until `until`, then closes.
          let u = t;
          while (openAt(u)) u += step;
          const { minutes } = local(u);
          expect(minutes === 0 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`).toBe(status.until);
        } else {
          // The first later instant that is open is at opensAt.
          let u = t + step;
          while (!openAt(u)) u += step;
          const { date, minutes } = local(u);
          expect(status.opensAt?.date).toBe(date);
          expect(status.opensAt?.time).toBe(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
        }
      }
    });
  }
});
