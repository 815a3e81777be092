import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

import { parseFeed, readRecords } from '@digivaardig/core/loader';
import { coursePreparer } from './prepare-course.js';
import type { Course } from '../types.js';

const schema = JSON.parse(readFileSync(new URL('../../../core/schemas/course.schema.json', import.meta.url), 'utf8')) as Parameters<typeof parseFeed>[2];

/** What the element does with a feed: the shared loader's parse, then its reading with the course preparer. */
async function load(text: string) {
  const { records, rowNumber } = await parseFeed(text, 'csv', schema);
  const { items, report } = await readRecords<Course>(records, rowNumber, { schema, format: 'course', src: 'courses.csv', kind: 'csv', prepare: coursePreparer });
  return { courses: items, report };
}

describe('course CSV', () => {
  it('reads a Dutch Excel export: BOM, ";" separators, dd-mm-jjjj dates, decimal commas, ";" lists in quotes', async () => {
    const text =
      '\uFEFFid;title;programme;format;topics;price;seats;seatsLeft;location.name;location.postcode;location.city;location.lat;location.lon;sessions.0.start;sessions.0.end;sessions.1.start;sessions.1.end\r\n' +
      'kt-1;Klik & Tik;klik-en-tik;walk-in;"basic-skills;communication";0;;;Bibliotheek Leiden;2311 EZ;Leiden;52,1601;4,497;03-12-2024 10:00;03-12-2024 12:00;10-12-2024 10:00;10-12-2024 12:00\r\n' +
      'ds-1;Digisterker;digisterker;group;e-government;2,50;8;3;Bibliotheek Delft;2611;Delft;;;5-12-2024 9.30;5-12-2024 11.30;;\r\n';
    const { courses, report } = await load(text);
    expect(report).toMatchObject({ kept: 2, recordsLeftOut: [], fieldsLeftOut: [], remarks: [] });
    expect(courses[0]).toMatchObject({
      id: 'kt-1',
      topics: ['basic-skills', 'communication'],
      price: 0,
      location: { name: 'Bibliotheek Leiden', lat: 52.1601, lon: 4.497 },
      sessions: [
        { start: '2024-12-03T10:00', end: '2024-12-03T12:00' },
        { start: '2024-12-10T10:00', end: '2024-12-10T12:00' },
      ],
    });
    expect(courses[1]).toMatchObject({ price: 2.5, seats: 8, seatsLeft: 3, sessions: [{ start: '2024-12-05T09:30', end: '2024-12-05T11:30' }] });
    expect(courses[1]!.location).toMatchObject({ city: 'Delft', lat: expect.any(Number) }); // placed at its postcode
  });

  it('reads comma CSV with the sessions shorthand and ISO dates', async () => {
    const text =
      'id,title,format,sessions,signupUrl\n' +
      'sp-1,Smartphone,group,"2024-12-03 10:00-12:00; 10-12-2024 10.00–12.00",https://example.org/a\n';
    const { courses } = await load(text);
    expect(courses[0]!.sessions).toEqual([
      { start: '2024-12-03T10:00', end: '2024-12-03T12:00' },
      { start: '2024-12-10T10:00', end: '2024-12-10T12:00' },
    ]);
  });

  it('reads sessions as a JSON cell', async () => {
    const text = 'id\ttitle\tformat\tsessions\nj-1\tJSON\tonline\t"[{""start"":""2024-12-03T19:00"",""end"":""2024-12-03T20:00""}]"\n';
    const { courses } = await load(text);
    expect(courses[0]!.sessions).toEqual([{ start: '2024-12-03T19:00', end: '2024-12-03T20:00' }]);
  });

  it('leaves out a field it cannot read, and a course only without a session it can read, naming each', async () => {
    const text =
      'id;title;format;signupUrl;topics;sessions\n' +
      'ok;Goed;group;https://example.org;safety;03-12-2024 10:00-12:00\n' +
      'js;Link;group;javascript:alert(1);safety;03-12-2024 10:00-12:00\n' +
      'fmt;Soort;cooking;;safety;03-12-2024 10:00-12:00\n' +
      'topic;Onderwerp;group;;knitting;03-12-2024 10:00-12:00\n' +
      'date;Datum;group;;safety;tomorrow 10:00-12:00\n' +
      'feb;Februari;group;;safety;30-02-2025 10:00-12:00\n' +
      'none;Geen data;group;;safety;\n';
    const { courses, report } = await load(text);
    expect(courses.map((c) => c.id)).toEqual(['ok', 'js', 'fmt', 'topic']);
    expect(courses[1]!.signupUrl).toBeUndefined();
    expect(courses[2]).toMatchObject({ format: 'group', tags: ['cooking'] });
    expect(courses[3]).toMatchObject({ tags: ['knitting'] });
    expect(courses[3]!.topics).toBeUndefined();
    const brief = (issues: readonly { row: number; field: string; reason: string }[]) => issues.map(({ row, field, reason }) => [row, field, reason]);
    expect(brief(report.fieldsLeftOut)).toEqual([[3, 'signupUrl', 'unsafe-link']]);
    expect(brief(report.remarks)).toEqual([
      [4, 'format', 'kept-as-tag'],
      [5, 'topics', 'kept-as-tag'],
    ]);
    expect(brief(report.recordsLeftOut)).toEqual([
      [6, 'sessions', 'not-a-date'],
      [7, 'sessions', 'not-a-date'],
      [8, 'sessions', 'missing'],
    ]);
  });
});
