import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseFeed, readRecords } from '@digivaardig/core/loader';
import type { Course } from '../types.js';
import { coursePreparer } from './prepare-course.js';

const schema = JSON.parse(readFileSync(new URL('../../../core/schemas/course.schema.json', import.meta.url), 'utf8')) as Parameters<typeof parseFeed>[2];

/** What loadSource does with a feed's text: parse, then the pipeline with the course preparer. */
async function read(text: string, kind: 'csv' | 'json' = 'csv') {
  const { records, rowNumber } = await parseFeed(text, kind, schema);
  return readRecords<Course>(records, rowNumber, { schema, format: 'course', src: 'https://bieb.example/cursussen.csv', kind, prepare: coursePreparer });
}

const brief = (issues: readonly { row: number; field: string; reason: string }[]) => issues.map(({ row, field, reason }) => `${row} ${field} ${reason}`);

describe('a course feed read with the course preparer', () => {
  it('shows 3 of 3 courses of the issue #10 example (topic words, a phone number as contact, level "all")', async () => {
    const text = [
      'id,title,topics,contact,level,sessions',
      'kt-1,Klik & Tik,computer;internet,071 123 45 67,all,25-12-2026 10:00-12:00',
      'eo-1,Werken met de e-overheid,digid;overheid,071 123 45 67,all,8-1-2027 13.30 - 15.30 uur',
      'wa-1,WhatsApp voor beginners,"WhatsApp, smartphone",info@bieb.nl,beginners,di 12 januari 2027 10:00 tot 12:00',
    ].join('\n');
    const { items, report } = await read(text);
    expect(report).toMatchObject({ total: 3, kept: 3, recordsLeftOut: [], fieldsLeftOut: [], remarks: [] });
    expect(items).toEqual([
      {
        id: 'kt-1', title: 'Klik & Tik', topics: ['basic-skills'], format: 'group', contact: { phone: '071 123 45 67' },
        sessions: [{ start: '2026-12-25T10:00', end: '2026-12-25T12:00' }],
      },
      {
        id: 'eo-1', title: 'Werken met de e-overheid', topics: ['e-government'], format: 'group', contact: { phone: '071 123 45 67' },
        sessions: [{ start: '2027-01-08T13:30', end: '2027-01-08T15:30' }],
      },
      {
        id: 'wa-1', title: 'WhatsApp voor beginners', topics: ['communication', 'smartphone'], level: 'beginner', format: 'group',
        contact: { email: 'info@bieb.nl' }, sessions: [{ start: '2027-01-12T10:00', end: '2027-01-12T12:00' }],
      },
    ]);
  });

  it('names what it left out: a course without a readable session, an unreadable session, a price, unsafe contact parts; own tags are remarks', async () => {
    const text = [
      'id;title;topics;format;price;contact;sessions',
      'a;Tabletcafé;tablet;inloop;gratis;Aanmelden bij de balie;"25-12-2026 10:00-12:00;31-02-2027 10:00-12:00"',
      'b;Stamboom;Stamboomonderzoek;cursus;€ 2,50;a@b.nl?bcc=c@d.nl;binnenkort',
      'c;Veilig bankieren;bankieren;;twee tientjes;javascript:alert(1);"8-1-2027 10:00-12:00"',
    ].join('\r\n');
    const { items, report } = await read(text);
    expect(items.map((course) => course.id)).toEqual(['a', 'c']);
    expect(items[0]).toMatchObject({ format: 'walk-in', price: 0, topics: ['basic-skills'], contact: { note: 'Aanmelden bij de balie' } });
    expect(items[1]).toMatchObject({ format: 'group', topics: ['safety'] });
    expect(items[1]!.price).toBeUndefined();
    expect(items[1]!.contact).toBeUndefined();
    expect(brief(report.recordsLeftOut)).toEqual(['3 sessions not-a-date']);
    expect(brief(report.fieldsLeftOut)).toEqual(['2 sessions.1 not-a-date', '4 contact unsafe-link', '4 price not-a-number']);
    expect(report.remarks).toEqual([]);
  });

  it('places a course at its postcode in finish, and keeps one at an unknown postcode without a point', async () => {
    const json = JSON.stringify([
      { id: 'p', title: 'Op postcode', location: { name: 'Bieb', postcode: '2311 EZ' }, sessions: ['25-12-2026 10:00-12:00'] },
      { id: 'u', title: 'Onbekend', location: { name: 'Bieb', postcode: '1001' }, sessions: ['25-12-2026 10:00-12:00'] },
      { id: 'k', title: 'Eigen woord', topics: ['Stamboomonderzoek'], sessions: [{ start: '2026-12-25T10:00', end: '2026-12-25T12:00' }] },
    ]);
    const { items, report } = await read(json, 'json');
    expect(items[0]!.location).toMatchObject({ lat: expect.any(Number), lon: expect.any(Number), city: 'Leiden' });
    expect(items[1]!.location).toEqual({ name: 'Bieb', postcode: '1001' });
    expect(items[2]).toMatchObject({ tags: ['Stamboomonderzoek'] });
    expect(items[2]!.topics).toBeUndefined();
    expect(report.kept).toBe(3);
    expect(brief(report.remarks)).toEqual(['3 topics kept-as-tag']);
  });
});
