import {
  FORMAT_WORDS,
  LEVEL_WORDS,
  PROGRAMME_WORDS,
  TOPIC_WORDS,
  indexVocabulary,
  matchWord,
  matchWords,
  prepareLink,
  preparePoint,
  readNumber,
  type PrepareContext,
  type RecordPreparer,
} from '@digivaardig/core';
import type { Course, CourseFormat } from '../types.js';
import { mailHref, parseContactCell } from '../contact.js';
import { isSession, readSession } from './sessions.js';
import { needsPlacing, placeByPostcode } from './normalise.js';

/*
 * The course format's reading of a webmaster's feed (docs/data-formats.md#course), run by
 * the shared loader before the schema check: words become ids, one contact cell becomes
 * its parts, sessions in every Dutch form become ISO Amsterdam times. What cannot be read
 * is left out of the course (and named in the report); a course is left out only without a
 * title or without one session that can be read.
 */

const topics = indexVocabulary(TOPIC_WORDS);
const levels = indexVocabulary(LEVEL_WORDS);
const programmes = indexVocabulary(PROGRAMME_WORDS);
const formats = indexVocabulary(FORMAT_WORDS);

/** Programmes that are walk-in hours: their courses default to `walk-in`, all others to `group`. */
const WALK_IN_PROGRAMMES = new Set(['digi-spreekuur', 'tablet-cafe', 'ido']);

/** The format of a course whose feed gives none (or only an unknown word). */
export function defaultFormat(programme: unknown): CourseFormat {
  return typeof programme === 'string' && WALK_IN_PROGRAMMES.has(programme) ? 'walk-in' : 'group';
}

type Data = Record<string, unknown>;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own tags: words that match no id, kept as written, each once. */
function addTags(record: Data, field: string, words: readonly string[], context: PrepareContext): void {
  if (!words.length) return;
  const tags = Array.isArray(record.tags) ? (record.tags as string[]) : [];
  for (const word of words) {
    context.remark(field, 'kept-as-tag', word);
    if (!tags.some((tag) => tag.toLowerCase() === word.toLowerCase())) tags.push(word);
  }
  record.tags = tags;
}

/** `tags` as a list of words (a CSV cell "a; b" or a JSON list). */
function readOwnTags(record: Data): void {
  if (record.tags === undefined) return;
  const words = (Array.isArray(record.tags) ? record.tags : [record.tags])
    .filter((tag): tag is string | number => typeof tag === 'string' || typeof tag === 'number')
    .flatMap((tag) => String(tag).split(/[;\n]/))
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (words.length) record.tags = words;
  else delete record.tags;
}

/** A price: 2.5, "€ 2,50", "2,50 euro", "€ 2,-", "gratis" (0); see core's readNumber. */
export function readPrice(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  return typeof value === 'string' ? readNumber(value) : undefined;
}

function prepareWords(record: Data, context: PrepareContext): void {
  if (record.topics !== undefined) {
    const { ids, unknown } = matchWords(record.topics, topics);
    if (ids.length) record.topics = ids;
    else delete record.topics;
    addTags(record, 'topics', unknown, context);
  }
  if (record.level !== undefined && typeof record.level !== 'string' && typeof record.level !== 'number') {
    context.dropField('level', 'unknown-choice', record.level);
    delete record.level;
  }
  if (record.level !== undefined) {
    const word = String(record.level).trim();
    const level = isText(word) ? matchWord(word, levels) : undefined;
    // "Alle niveaus" means no restriction: the course has no level.
    if (level && level !== 'all') record.level = level;
    else delete record.level;
    if (!level && word) addTags(record, 'level', [word], context);
  }
  if (isText(record.programme)) {
    const programme = matchWord(record.programme, programmes);
    if (programme) record.programme = programme;
    else context.remark('programme', 'kept-as-tag', record.programme);
  }
  let format: CourseFormat | undefined;
  if (record.format !== undefined) {
    const { ids, unknown } = matchWords(record.format, formats);
    format = ids[0];
    addTags(record, 'format', unknown, context);
  }
  record.format = format ?? defaultFormat(record.programme);
}

function prepareContact(record: Data, context: PrepareContext): void {
  const { contact } = record;
  if (contact === undefined) return;
  if (typeof contact === 'string') {
    const cell = parseContactCell(contact);
    for (const { field, value } of cell.unsafe) {
      context.dropField(field === 'email' ? 'contact.email' : 'contact', field === 'email' ? 'unsafe-email' : 'unsafe-link', value);
    }
    const read: Data = {};
    if (cell.phone) read.phone = cell.phone;
    if (cell.email) read.email = cell.email;
    if (cell.note) read.note = cell.note;
    if (cell.url && record.signupUrl === undefined) record.signupUrl = cell.url;
    if (Object.keys(read).length) record.contact = read;
    else delete record.contact;
    return;
  }
  if (!isObject(contact)) return;
  if (contact.email !== undefined && !(typeof contact.email === 'string' && mailHref(contact.email.trim()))) {
    const email = typeof contact.email === 'string' ? parseContactCell(contact.email) : undefined;
    if (email?.email) contact.email = email.email;
    else {
      context.dropField('contact.email', /[?&]/.test(String(contact.email)) ? 'unsafe-email' : 'wrong-form', contact.email);
      delete contact.email;
    }
  } else if (typeof contact.email === 'string') contact.email = contact.email.trim();
  if (typeof contact.phone === 'string' && !/^[+0-9() -]{6,30}$/.test(contact.phone)) {
    const phone = parseContactCell(contact.phone).phone;
    if (phone && /^[+0-9() -]{6,30}$/.test(phone)) contact.phone = phone;
  }
}

function prepareSessions(record: Data, context: PrepareContext): void {
  const raw = record.sessions;
  const list = Array.isArray(raw)
    ? raw
    : typeof raw === 'string'
      ? raw.split(/[;\n]/).map((part) => part.trim()).filter(Boolean)
      : raw === undefined || raw === null
        ? []
        : [raw];
  const sessions: { start: string; end: string }[] = [];
  let problem: 'not-a-date' | 'not-a-time' | undefined;
  for (let index = 0; index < list.length; index++) {
    if (!(index in list)) continue; // a hole in a list given by a script, as forEach skips it
    const value: unknown = list[index];
    const read = readSession(value);
    // readSession gives a fresh { start, end } each time: kept as it is.
    if (isSession(read)) sessions.push(read);
    else {
      problem ??= read.problem;
      context.dropField(`sessions.${index}`, read.problem, value);
    }
  }
  sessions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : 1));
  if (sessions.length) record.sessions = sessions;
  else context.leaveOut('sessions', problem ?? 'missing', list.length === 1 ? list[0] : raw);
}

function prepareLocation(record: Data, context: PrepareContext): void {
  const { location } = record;
  if (!isObject(location)) return;
  if (!isText(location.name)) {
    // A place without a name is still a place: its street or town names it.
    const name = [location.street, location.city].find(isText);
    if (name) location.name = name;
  }
  // The schema's bounds for a course's place (the Netherlands, generously).
  preparePoint(location, context, { lat: [50.5, 54], lon: [3, 7.5] }, 'location.');
}

/**
 * Turns one raw course record into the course format before the schema check. Exported
 * apart from the preparer for tests and for the benchmark.
 */
export function prepareCourse(record: Data, context: PrepareContext): Data {
  if (!isText(record.title) && !isObject(record.title)) {
    context.leaveOut('title', 'missing', record.title);
    return record;
  }
  readOwnTags(record);
  prepareWords(record, context);
  prepareContact(record, context);
  prepareLink(record, 'signupUrl', context);
  if (record.price !== undefined && typeof record.price !== 'number') {
    const price = readPrice(record.price);
    if (price === undefined) {
      context.dropField('price', 'not-a-number', record.price);
      delete record.price;
    } else record.price = price;
  }
  prepareLocation(record, context);
  prepareSessions(record, context);
  return record;
}

/**
 * The course format's preparer for `loadSource`: {@link prepareCourse} per record, then
 * courses without coordinates are placed at their postcode (the PC4 table, about 28 KB,
 * comes only when a course needs it). A course at an unknown postcode stays, without a
 * distance.
 */
export const coursePreparer: RecordPreparer<Course> = {
  prepare: prepareCourse,
  async finish(records) {
    if (!records.some(needsPlacing)) return;
    const { loadPc4Table } = await import('@digivaardig/data/pc4');
    const placed = placeByPostcode(records, await loadPc4Table());
    placed.forEach((course, index) => {
      records[index] = course;
    });
  },
};
