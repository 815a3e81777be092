import { translator } from '@digivaardig/core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parseFeed, readRecords } from '@digivaardig/core/loader';
import { courseCalendar } from './calendar/ics.js';
import { coursePreparer } from './data/prepare-course.js';
import { cardText } from './course-finder/card-text.js';
import { detailText } from './course-finder/course-details.js';
import { coursesJsonLdText } from './jsonld.js';
import { searchCourses } from './search/filter.js';
import { prepareCourses } from './search/prepare.js';
import type { Course } from './types.js';

/*
 * Hostile text in every field of a course, from a CSV or a JSON feed to what the visitor
 * sees (the card's strings), the .ics file and the JSON-LD. Free-text fields must come
 * through exactly as written, as text; fields with a fixed form (language, phone, e-mail,
 * postcode, links) must refuse it, leaving the field out and naming it; words in topics and
 * level that match no id are kept as own tags (plain text, named as remarks); a course whose
 * only session is hostile text is left out and named.
 */

const schema = JSON.parse(readFileSync(new URL('../../core/schemas/course.schema.json', import.meta.url), 'utf8')) as Parameters<typeof parseFeed>[2];

/** Markup, a script end tag, template syntax, iCalendar line breaks and escapes, odd Unicode. */
const EVIL =
  '"><img src=x onerror=alert(1)></script><script>alert(\'x\')</script> {{7*7}} ${x}; a,b\\c\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:nep\nX-INJECT:1 &amp; &lt; \u2028 😀 javascript:alert(1)';
/** The same, short enough for a city (at most 100 characters). */
const EVIL_SHORT = '</script><img src=x onerror=alert(1)>\r\nEND:VEVENT\r\nX-INJECT:1;a,b\\c \u2028 &amp;';
const EVIL_URL = 'https://example.org/"><script>alert(1)</script>?a=1&b=2';

const NOW = Date.UTC(2025, 0, 6, 8, 0);

/** iCalendar has one kind of line break: CRLF in a value reads back as LF. */
const lf = (text: string) => text.replace(/\r\n/g, '\n');

/** A course with hostile text in every free-text field. */
const hostile = {
  id: 'evil-1',
  title: EVIL,
  programme: EVIL_SHORT,
  description: `${EVIL} ${EVIL}`,
  topics: ['safety', 'ai'],
  level: 'beginner',
  format: 'group',
  language: 'nl',
  price: 0,
  signupUrl: EVIL_URL,
  contact: { name: EVIL, phone: '071 000 0000', email: "o'brien+cursus@example.org", note: EVIL },
  location: { name: EVIL, street: EVIL, postcode: '2311 EZ', city: EVIL_SHORT, lat: 52.16, lon: 4.49 },
  sessions: [
    { start: '2025-01-07T10:00', end: '2025-01-07T12:00' },
    { start: '2025-01-14T10:00', end: '2025-01-14T12:00' },
  ],
};

/** Hostile text in a field with a fixed form: the field (the course, for sessions) must be refused. */
const refused: [field: string, change: (course: typeof hostile) => Record<string, unknown>][] = [
  ['topics', (c) => ({ ...c, topics: ['safety', EVIL_SHORT] })],
  ['level', (c) => ({ ...c, level: EVIL_SHORT })],
  ['language', (c) => ({ ...c, language: 'nl"><script>' })],
  ['contact.phone', (c) => ({ ...c, contact: { ...c.contact, phone: '071<script>' } })],
  ['contact.email', (c) => ({ ...c, contact: { ...c.contact, email: '<script>@example.org' } })],
  ['contact.email', (c) => ({ ...c, contact: { ...c.contact, email: 'a@example.org?subject=x&body=y' } })],
  ['location.postcode', (c) => ({ ...c, location: { ...c.location, postcode: EVIL_SHORT } })],
  ['sessions', (c) => ({ ...c, sessions: [EVIL_SHORT] })],
  ['signupUrl', (c) => ({ ...c, signupUrl: 'javascript:alert(1)//https://x' })],
];

const rows = [hostile, ...refused.map(([field, change], index) => ({ ...change(hostile), id: `refused-${index}-${field.replace('.', '-')}` }))];

/** The feed as a spreadsheet would save it: nested fields as dotted columns, lists with ";". */
function asCsv(records: readonly Record<string, unknown>[]): string {
  const flat = records.map((record) => {
    const cells: Record<string, string> = {};
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) {
        if (value.every((item) => typeof item === 'string')) cells[path] = value.join(';');
        else value.forEach((item, index) => walk(item, `${path}.${index}`));
      } else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
      } else cells[path] = String(value);
    };
    walk(record, '');
    return cells;
  });
  const columns = [...new Set(flat.flatMap((cells) => Object.keys(cells)))];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return [columns.map(quote).join(','), ...flat.map((cells) => columns.map((column) => quote(cells[column] ?? '')).join(','))].join('\r\n');
}

async function load(text: string, format: 'csv' | 'json') {
  const { records, rowNumber } = await parseFeed(text, format, schema);
  const { items, report } = await readRecords<Course>(records, rowNumber, { schema, format: 'course', src: `feed.${format}`, kind: format, prepare: coursePreparer });
  return { courses: items, report };
}

describe.each([
  ['JSON', 'json' as const, JSON.stringify(rows)],
  ['CSV', 'csv' as const, asCsv(rows)],
])('hostile text in a %s feed', (_name, format, text) => {
  it('keeps free text exactly as written and refuses it in every field with a fixed form, naming each', async () => {
    const { courses, report } = await load(text, format);
    const sessionsRow = refused.findIndex(([field]) => field === 'sessions');
    expect(courses.map((course) => course.id)).toEqual(rows.map((row) => row.id).filter((_, index) => index !== sessionsRow + 1));
    const course = courses.find(({ id }) => id === 'evil-1')!;
    expect(course).toMatchObject({
      title: EVIL,
      programme: EVIL_SHORT,
      description: `${EVIL} ${EVIL}`,
      signupUrl: EVIL_URL,
      contact: { name: EVIL, email: hostile.contact.email, note: EVIL },
      location: { name: EVIL, street: EVIL, city: EVIL_SHORT },
    });
    // Every refused value is named, in the row it came from: left out, or kept as a tag.
    const rowOf = (index: number) => (format === 'csv' ? index + 2 : index + 1);
    const named = [...report.fieldsLeftOut, ...report.remarks, ...report.recordsLeftOut];
    refused.forEach(([field], index) => {
      expect(named.some((issue) => issue.row === rowOf(index + 1) && issue.field.startsWith(field)), `${field} refused and named`).toBe(true);
    });
    expect(report.recordsLeftOut).toEqual([expect.objectContaining({ row: rowOf(sessionsRow + 1), field: 'sessions', reason: 'not-a-date' })]);
    // Hostile words in topics and level are own tags: shown as plain text, never as an id.
    const tagged = courses.find(({ id }) => id.startsWith('refused-0-topics'))!;
    expect(tagged.topics).toEqual(['safety']);
    // (split where a list of words would be: at ";", ",", "/")
    expect(tagged.tags!.length).toBeGreaterThan(0);
    for (const tag of tagged.tags!) expect(EVIL_SHORT).toContain(tag);
    for (const other of courses.filter(({ id }) => id !== 'evil-1')) {
      expect(other.signupUrl === undefined || other.signupUrl === EVIL_URL).toBe(true);
      expect(other.contact?.email === undefined || other.contact.email === hostile.contact.email).toBe(true);
    }
  });

  it('puts it on the card as plain strings, with only safe link targets', async () => {
    const { courses } = await load(text, format);
    const [result] = searchCourses(prepareCourses(courses.filter(({ id }) => id === 'evil-1')), {}, NOW);
    const card = cardText(result!, translator('nl'), '2025');
    expect(card.title).toBe(EVIL);
    expect(card.labels).toEqual([EVIL_SHORT, 'Cursus in een groep']);
    expect(card.where).toBe(`${EVIL}, ${EVIL_SHORT}`);
    expect(card.note).toBe(EVIL);
    expect(card.signupUrl).toBe(EVIL_URL);
    expect(card.phone).toEqual({ text: '071 000 0000', href: 'tel:0710000000' });
    const details = detailText(result!, 'nl', '2025');
    expect(details.description).toBe(`${EVIL} ${EVIL}`);
    expect(details.address).toBe(`${EVIL}, 2311 EZ ${EVIL_SHORT}`);
    expect(details.email).toEqual({ text: hostile.contact.email, href: `mailto:${hostile.contact.email}` });
    expect(details.topics).toEqual(['Veilig online', 'Kunstmatige intelligentie (AI)']);
    expect(details.sessions).toEqual(['di 7 jan, 10.00–12.00 uur', 'di 14 jan, 10.00–12.00 uur']);
  });

  it('writes an .ics file that reads back with every value intact and no injected lines', async () => {
    const { courses } = await load(text, format);
    const calendar = courseCalendar(courses.find(({ id }) => id === 'evil-1')!, { locale: 'nl', now: NOW });
    // No line of the file is one of the hostile text's "lines".
    expect(calendar.split('\r\n').filter((line) => /^(X-INJECT|SUMMARY:nep)/.test(line))).toEqual([]);
    const events = new ICAL.Component(ICAL.parse(calendar)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(2);
    expect(events[0]!.getAllProperties().map((property) => property.name)).not.toContain('x-inject');
    expect(events[0]!.getFirstPropertyValue('summary')).toBe(lf(`${EVIL} (1/2)`));
    const description = String(events[0]!.getFirstPropertyValue('description'));
    for (const part of [EVIL_SHORT, `${EVIL} ${EVIL}`, EVIL_URL, `E-mail: ${hostile.contact.email}`, EVIL]) expect(description).toContain(lf(part));
    expect(events[0]!.getFirstPropertyValue('location')).toBe(lf(`${EVIL}, ${EVIL}, 2311 EZ ${EVIL_SHORT}`));
    expect(events[0]!.getFirstPropertyValue('url')).toBe(EVIL_URL);
  });

  it('writes JSON-LD that cannot leave its script element and holds the values as text', async () => {
    const { courses } = await load(text, format);
    const course = courses.find(({ id }) => id === 'evil-1')!;
    const jsonLd = coursesJsonLdText([{ course, sessions: course.sessions }], 'nl');
    expect(jsonLd).not.toContain('<');
    expect(jsonLd.toLowerCase()).not.toContain('</script');
    const [item] = JSON.parse(jsonLd)['@graph'];
    expect(item.name).toBe(EVIL);
    expect(item.description).toBe(`${EVIL} ${EVIL}`);
    expect(item.provider.name).toBe(EVIL_SHORT);
    expect(item.about).toEqual(['Veilig online', 'Kunstmatige intelligentie (AI)']);
    const place = item.hasCourseInstance[0].location;
    expect(place.name).toBe(EVIL);
    expect(place.address).toMatchObject({ streetAddress: EVIL, addressLocality: EVIL_SHORT, postalCode: '2311 EZ' });
    // Only text, numbers and booleans: nothing a search engine could read as markup or code.
    const leaves: unknown[] = [];
    const walk = (value: unknown) => (value && typeof value === 'object' ? Object.values(value).forEach(walk) : leaves.push(value));
    walk(item);
    expect(leaves.every((leaf) => ['string', 'number', 'boolean'].includes(typeof leaf))).toBe(true);
  });
});
