import { describe, expect, it } from 'vitest';
import type { DataIssue, PrepareContext } from '@digivaardig/core';
import { SERVICE_WORDS } from '@digivaardig/core';
import { SERVICES, serviceName } from '../present/services.js';
import { hoursIssueReason, locationPreparer, prepareLocation, readDayHours } from './prepare-location.js';
import type { Location } from './location.js';

/** A context that writes down what the preparer says, as the loader's report does. */
function recorder(row = 2) {
  const issues: [kind: string, field: string, reason: DataIssue['reason'], value?: string][] = [];
  const note = (kind: string) => (field: string, reason: DataIssue['reason'], value?: unknown) =>
    issues.push(value === undefined ? [kind, field, reason] : [kind, field, reason, typeof value === 'object' ? JSON.stringify(value) : String(value)]);
  const context: PrepareContext = { row, dropField: note('field'), remark: note('remark'), leaveOut: note('record') };
  return { context, issues };
}

const base = () => ({ id: 'l1', name: 'Bibliotheek Leiden', lat: 52.16, lon: 4.49 });

describe('readDayHours', () => {
  it.each([
    ['13.00 - 17.00 uur', '13:00-17:00'],
    ['9-12', '09:00-12:00'],
    ['09:00–12:00', '09:00-12:00'],
    ['9:00 tot 12:00', '09:00-12:00'],
    ['9-12 en 13-17', '09:00-12:00,13:00-17:00'],
    ['9-12, 13-17', '09:00-12:00,13:00-17:00'],
    ['gesloten', 'closed'],
    ['', 'closed'],
  ])('reads %j as %s', (text, hours) => {
    expect(readDayHours(text)).toEqual({ hours });
  });

  it('refuses a day with a part it cannot read, whole', () => {
    expect(readDayHours("'s middags")).toEqual({ problem: 'not-a-time' });
    expect(readDayHours('9-12 en op afspraak')).toEqual({ problem: 'not-a-time' });
    expect(readDayHours('17-9')).toEqual({ problem: 'not-a-time' });
  });

  it('maps every hours issue code to a report reason', () => {
    expect(hoursIssueReason('date-format')).toBe('not-a-date');
    expect(hoursIssueReason('unknown-day')).toBe('invalid');
    expect(hoursIssueReason('overlap')).toBeUndefined();
  });
});

describe('prepareLocation', () => {
  it('reads hours per day in Dutch forms; an unreadable day drops only that day', () => {
    const { context, issues } = recorder();
    const location = prepareLocation({ ...base(), hours: { mo: '13.00 - 17.00 uur', di: '9-12 en 13-17', we: 'gesloten', th: "'s middags" } }, context);
    expect(location.hours).toEqual({ mo: '13:00-17:00', tu: '09:00-12:00,13:00-17:00', we: 'closed' });
    expect(issues).toEqual([['field', 'hours.th', 'not-a-time', "'s middags"]]);
  });

  it('reads closed dates in Dutch forms; an unreadable date drops only that date', () => {
    const { context, issues } = recorder();
    const location = prepareLocation({ ...base(), closed: ['25-12-2026', '26 december 2026', 'Kerstmis', '2027-01-01'] }, context);
    expect(location.closed).toEqual(['2026-12-25', '2026-12-26', '2027-01-01']);
    expect(issues).toEqual([['field', 'closed.2', 'not-a-date', 'Kerstmis']]);
    expect(prepareLocation({ ...base(), closed: '25-12-2026, 26-12-2026' }, recorder().context).closed).toEqual(['2026-12-25', '2026-12-26']);
  });

  it('reads exceptions with Dutch dates and hours', () => {
    const { context, issues } = recorder();
    const location = prepareLocation({ ...base(), exceptions: { '24-12-2026': '10-15 uur', '31 december 2026': 'gesloten', morgen: '9-12' } }, context);
    expect(location.exceptions).toEqual({ '2026-12-24': '10:00-15:00', '2026-12-31': 'closed' });
    expect(issues).toEqual([['field', 'exceptions.morgen', 'not-a-date', 'morgen']]);
  });

  it('reads service words; other words stay as written, with a remark', () => {
    const { context, issues } = recorder();
    const location = prepareLocation({ ...base(), services: ['DigiD', 'belastingen', 'Hulp bij formulieren', 'toeslagen'] }, context);
    expect(location.services).toEqual(['digid', 'belastingdienst', 'toeslagen', 'Hulp bij formulieren']);
    expect(issues).toEqual([['remark', 'services', 'kept-as-tag', 'Hulp bij formulieren']]);
    expect(prepareLocation({ ...base(), services: 'digid, uwv en svb' }, recorder().context).services).toEqual(['digid', 'uwv', 'svb']);
  });

  it('drops unsafe links and mail addresses as fields', () => {
    const { context, issues } = recorder();
    const location = prepareLocation(
      { ...base(), email: 'a@b.nl?bcc=c@d.nl', url: 'javascript:alert(1)', appointmentUrl: 'www.bieb.nl/afspraak' },
      context,
    );
    expect(location.email).toBeUndefined();
    expect(location.url).toBeUndefined();
    expect(location.appointmentUrl).toBe('https://www.bieb.nl/afspraak');
    expect(issues.map(([, field, reason]) => [field, reason])).toEqual([
      ['email', 'unsafe-email'],
      ['url', 'unsafe-link'],
    ]);
  });

  it('reads decimal-comma coordinates; one outside the Netherlands drops the point, not the location', () => {
    expect(prepareLocation({ id: 'x', name: 'X', lat: '52,16', lon: '4,49' }, recorder().context)).toMatchObject({ lat: 52.16, lon: 4.49 });
    const { context, issues } = recorder();
    const location = prepareLocation({ id: 'x', name: 'X', postcode: '2311', lat: 95, lon: 4.49 }, context);
    expect(location.lat).toBeUndefined();
    expect(location.lon).toBeUndefined();
    expect(issues).toEqual([['field', 'lat', 'out-of-range', '95']]);
  });

  it('leaves out a location with neither a point nor a postcode (no-place)', () => {
    const none = recorder();
    prepareLocation({ id: 'x', name: 'Nergens' }, none.context);
    expect(none.issues).toEqual([['record', 'postcode', 'no-place']]);
    const far = recorder();
    prepareLocation({ id: 'x', name: 'Ver weg', postcode: 'onbekend', lat: 40, lon: 4 }, far.context);
    expect(far.issues).toEqual([
      ['field', 'lat', 'out-of-range', '40'],
      ['record', 'postcode', 'no-place', 'onbekend'],
    ]);
  });

  it('leaves out a location without a name', () => {
    const { context, issues } = recorder();
    prepareLocation({ id: 'x', lat: 52, lon: 4.5 }, context);
    expect(issues).toEqual([['record', 'name', 'missing']]);
  });
});

describe('service words and the finder', () => {
  it('know the same services: every id a word leads to has a name the finder shows', () => {
    expect(Object.keys(SERVICE_WORDS).sort()).toEqual([...SERVICES].sort());
    for (const id of SERVICES) expect(serviceName(id)).not.toBe(id);
  });
});

describe('locationPreparer.finish', () => {
  it('leaves out a location with no coordinates and no known postcode (no-place), and keeps the rest', async () => {
    const records = [
      { id: 'a', name: 'Met punt', lat: 52.16, lon: 4.49 },
      { id: 'b', name: 'Met postcode', postcode: '2311 EZ' },
      { id: 'c', name: 'Onbekende postcode', postcode: '1001' },
      { id: 'd', name: 'Niets' },
    ] as Location[];
    const left: [number, DataIssue][] = [];
    await locationPreparer.finish!(records, [2, 3, 4, 5], { leaveOut: (index, issue) => left.push([index, issue]) });
    expect(left).toEqual([
      [2, { row: 4, field: 'postcode', reason: 'no-place', value: '1001' }],
      [3, { row: 5, field: 'postcode', reason: 'no-place' }],
    ]);
  });
});

describe('prepareLocation on anything', () => {
  it('never throws; hours, closed dates and links it keeps are in the form the finder reads', async () => {
    const fc = (await import('fast-check')).default;
    const cell = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer())), fc.dictionary(fc.string(), fc.string()));
    fc.assert(
      fc.property(
        fc.record({ name: cell, postcode: cell, lat: cell, lon: cell, services: cell, hours: cell, closed: cell, exceptions: cell, url: cell, email: cell }, { requiredKeys: [] }),
        (record) => {
          const { context, issues } = recorder();
          const location = prepareLocation({ ...record }, context);
          if (issues.some(([kind]) => kind === 'record')) return;
          for (const value of Object.values((location.hours ?? {}) as Record<string, string>)) expect(value).toMatch(/^(closed|\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*)$/);
          for (const date of (location.closed ?? []) as string[]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (location.url !== undefined) expect(String(location.url)).toMatch(/^https?:\/\//i);
        },
      ),
      { numRuns: 500 },
    );
  });
});
