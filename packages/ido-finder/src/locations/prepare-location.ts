import {
  SERVICE_WORDS,
  WEEKDAYS,
  formatMinutes,
  indexVocabulary,
  lookupPostcode,
  matchWords,
  parseIntervals,
  parsePostcode,
  prepareLink,
  preparePoint,
  readDate,
  type DataIssueReason,
  type HoursIssueCode,
  type PrepareContext,
  type RecordPreparer,
  type Weekday,
} from '@digivaardig/core';
import type { Location } from './location.js';

/*
 * The location format's reading of a webmaster's feed (docs/data-formats.md#location), run
 * by the shared loader before the schema check: service words become ids (other words stay
 * as written), opening hours in Dutch spreadsheet forms become "09:00-12:00,13:00-17:00",
 * Dutch dates become ISO. An unreadable day, date or link is left out of the location; a
 * location is left out only without a name, or (in `finish`) without a place.
 */

const services = indexVocabulary(SERVICE_WORDS);

type Data = Record<string, unknown>;

/** Day keys as spreadsheets write them: mo, ma, maandag, monday … */
const DAY_NAMES: Readonly<Record<string, Weekday>> = Object.fromEntries(
  (
    [
      ['mo', 'ma', 'maandag', 'mon', 'monday'],
      ['tu', 'di', 'dinsdag', 'tue', 'tuesday'],
      ['we', 'wo', 'woensdag', 'wed', 'wednesday'],
      ['th', 'do', 'donderdag', 'thu', 'thursday'],
      ['fr', 'vr', 'vrijdag', 'fri', 'friday'],
      ['sa', 'za', 'zaterdag', 'sat', 'saturday'],
      ['su', 'zo', 'zondag', 'sun', 'sunday'],
    ] as const
  ).flatMap((names, index) => names.map((name) => [name, WEEKDAYS[index]!])),
);

/** The report's reason for an opening-hours problem (the hours reader's own codes). */
export function hoursIssueReason(code: HoursIssueCode): DataIssueReason | undefined {
  switch (code) {
    case 'interval-format':
    case 'time-out-of-range':
    case 'empty-interval':
      return 'not-a-time';
    case 'date-format':
      return 'not-a-date';
    case 'unknown-day':
    case 'not-an-object':
      return 'invalid';
    // Unsorted or overlapping intervals are read sorted and merged: nothing is left out.
    case 'unsorted':
    case 'overlap':
      return undefined;
  }
}

/**
 * One day's hours in the one form the schema and the hours reader share
 * ("09:00-12:00,13:00-17:00", or "closed"), or the reason it cannot be read. A day is read
 * whole or not at all: half a day's hours would tell a visitor the wrong time.
 */
export function readDayHours(value: unknown): { hours: string } | { problem: DataIssueReason } {
  const text = typeof value === 'number' ? String(value) : value;
  const { intervals, issues } = parseIntervals(text);
  const problem = issues.map((issue) => hoursIssueReason(issue.code)).find(Boolean);
  if (problem) return { problem };
  return { hours: intervals.length ? intervals.map((iv) => `${formatMinutes(iv.start)}-${formatMinutes(iv.end)}`).join(',') : 'closed' };
}

function prepareHours(record: Data, context: PrepareContext): void {
  const { hours } = record;
  if (hours === undefined) return;
  if (typeof hours !== 'object' || hours === null || Array.isArray(hours)) {
    context.dropField('hours', 'not-a-time', hours);
    delete record.hours;
    return;
  }
  const week: Partial<Record<Weekday, string>> = {};
  for (const [key, value] of Object.entries(hours as Data)) {
    const day = DAY_NAMES[key.trim().toLowerCase()];
    if (!day) {
      context.dropField(`hours.${key}`, 'invalid', value, 'not a weekday (mo, tu, we, th, fr, sa, su)');
      continue;
    }
    const read = readDayHours(value);
    if ('problem' in read) context.dropField(`hours.${key}`, read.problem, value);
    else week[day] = read.hours;
  }
  record.hours = week;
}

function prepareDates(record: Data, context: PrepareContext): void {
  const { closed, exceptions } = record;
  if (closed !== undefined) {
    // A CSV cell arrives split on ";"; "25-12-2026, 26-12-2026" is split here.
    const list = (Array.isArray(closed) ? closed : [closed]).flatMap((value) => (typeof value === 'string' ? value.split(/[;,\n]/) : [value]));
    const dates: string[] = [];
    list.forEach((value, index) => {
      if (typeof value === 'string' && value.trim() === '') return;
      const date = typeof value === 'string' ? readDate(value) : undefined;
      if (!date) context.dropField(`closed.${index}`, 'not-a-date', value);
      else if (!dates.includes(date)) dates.push(date);
    });
    if (dates.length) record.closed = dates;
    else delete record.closed;
  }
  if (exceptions !== undefined) {
    if (typeof exceptions !== 'object' || exceptions === null || Array.isArray(exceptions)) {
      context.dropField('exceptions', 'invalid', exceptions);
      delete record.exceptions;
      return;
    }
    const read: Record<string, string> = {};
    for (const [key, value] of Object.entries(exceptions as Data)) {
      const date = readDate(key);
      const hours = readDayHours(value);
      if (!date) context.dropField(`exceptions.${key}`, 'not-a-date', key);
      else if ('problem' in hours) context.dropField(`exceptions.${key}`, hours.problem, value);
      else read[date] = hours.hours;
    }
    record.exceptions = read;
  }
}

/** A plain mail address: no `?`, `&` (no extra headers), no spaces or markup. */
const PLAIN_EMAIL = /^[^@\s<>?&%,;:"()[\]\\]+@[^@\s<>?&%,;:"()[\]\\]+\.[^@\s<>?&%,;:"()[\]\\]+$/;

function prepareContact(record: Data, context: PrepareContext): void {
  if (typeof record.email === 'string') {
    const email = record.email.trim().replace(/^mailto:/i, '');
    if (PLAIN_EMAIL.test(email)) record.email = email;
    else {
      context.dropField('email', /[?&]/.test(email) ? 'unsafe-email' : 'wrong-form', record.email);
      delete record.email;
    }
  }
  if (typeof record.phone === 'string') record.phone = record.phone.trim().replace(/[./]/g, ' ').replace(/\s+/g, ' ');
  prepareLink(record, 'url', context);
  prepareLink(record, 'appointmentUrl', context);
}

/**
 * Turns one raw location record into the location format before the schema check.
 * Exported apart from the preparer for tests.
 */
export function prepareLocation(record: Data, context: PrepareContext): Data {
  if (typeof record.name !== 'string' || record.name.trim() === '') {
    context.leaveOut('name', 'missing', record.name);
    return record;
  }
  if (record.services !== undefined) {
    const { ids, unknown } = matchWords(record.services, services);
    for (const word of unknown) context.remark('services', 'kept-as-tag', word);
    // Words that name no organisation we know are shown as written.
    const all = [...ids, ...unknown];
    if (all.length) record.services = all;
    else delete record.services;
  }
  prepareHours(record, context);
  prepareDates(record, context);
  // The schema's bounds for a help point (the Netherlands).
  preparePoint(record, context, { lat: [50.5, 53.8], lon: [3.2, 7.3] });
  // No point and no postcode to place it by: it cannot be put on the map (see also finish).
  if (record.lat === undefined && !parsePostcode(typeof record.postcode === 'string' ? record.postcode : undefined).ok) {
    context.leaveOut('postcode', 'no-place', record.postcode);
    return record;
  }
  prepareContact(record, context);
  return record;
}

const hasPoint = (location: Location) => typeof location.lat === 'number' && typeof location.lon === 'number';

/**
 * The location format's preparer for `loadSource`: {@link prepareLocation} per record;
 * then a location with neither coordinates nor a postcode in the PC4 table (fetched only
 * when some location has no coordinates) is left out: it cannot be put on the map.
 */
export const locationPreparer: RecordPreparer<Location> = {
  prepare: prepareLocation,
  async finish(records, rows, context) {
    if (records.every(hasPoint)) return;
    const { loadPc4Table } = await import('@digivaardig/data/pc4');
    const table = await loadPc4Table();
    records.forEach((location, index) => {
      if (hasPoint(location)) return;
      const postcode = parsePostcode(location.postcode);
      if (postcode.ok && lookupPostcode(table, postcode.pc4)) return;
      context.leaveOut(index, {
        row: rows[index] ?? index + 1,
        field: 'postcode',
        reason: 'no-place',
        ...(location.postcode ? { value: location.postcode } : {}),
      });
    });
  },
};
