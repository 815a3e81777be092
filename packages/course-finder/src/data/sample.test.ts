import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRecords, validateRecords } from '@digivaardig/core/loader';
import { coursePreparer } from './prepare-course.js';
import type { Course } from '../types.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const schema = read('../../../core/schemas/course.schema.json');
const sample = read('../../../data/data/courses-sample.json') as { referenceDate: string; items: Course[] };

describe('the sample course feed', () => {
  it('is about 150 valid, normalised courses, all marked as sample data', async () => {
    const { items, skipped } = validateRecords<Course>(sample.items, schema);
    expect(skipped).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(140);
    expect(items.every((course) => course.demo === true)).toBe(true);
    // As a feed, read with the course preparer: every course and field as written, nothing to remark.
    const { report } = await readRecords<Course>(structuredClone(sample.items), (index) => index + 1, {
      schema,
      format: 'course',
      src: 'courses-sample.json',
      kind: 'json',
      prepare: coursePreparer,
    });
    expect(report).toMatchObject({ kept: sample.items.length, recordsLeftOut: [], fieldsLeftOut: [], remarks: [] });
  });
  it('names no street addresses, phone numbers or e-mail addresses, and has every kind the issue asks for', () => {
    expect(sample.items.some((course) => course.location?.street || course.contact?.phone || course.contact?.email || course.contact?.name)).toBe(false);
    const titles = sample.items.map((course) => (typeof course.title === 'string' ? course.title : course.title.nl)).join('\n');
    for (const title of ['Klik & Tik inloop', 'Klik & Tik: de basis', 'Werken met de e-overheid', 'Digi-spreekuur', 'Tablet café', 'Veilig online', 'Informatie zoeken en beoordelen', 'Aan de slag met AI', 'smartphone']) {
      expect(titles).toContain(title);
    }
    const digisterker = sample.items.filter((course) => course.programme === 'digisterker');
    expect(digisterker.every((course) => course.sessions.length === 4 && course.seats === 8)).toBe(true);
    expect(new Set(sample.items.map((course) => course.location?.city).filter(Boolean)).size).toBe(30);
  });
  it('tells for every course how to sign up or ask: a link to the programme’s public page, or a note', () => {
    const programmePages: Record<string, string> = { 'klik-en-tik': 'https://oefenen.nl/', digisterker: 'https://www.digisterker.nl/' };
    for (const course of sample.items) {
      const note = course.contact?.note;
      expect(Boolean(course.signupUrl || note), course.id).toBe(true);
      if (course.signupUrl) expect(course.signupUrl, course.id).toBe(programmePages[course.programme ?? '']);
      if (note) expect(typeof note === 'string' ? note : note.nl, course.id).toMatch(/bibliotheek/);
    }
  });
  it('covers what people ask for first: WhatsApp, DigiD, online banking, photos on the phone, safe online, AI', async () => {
    const { prepareCourses } = await import('../search/prepare.js');
    const { searchCourses } = await import('../search/filter.js');
    const { amsterdamInstant } = await import('./local-time.js');
    const courses = prepareCourses(sample.items);
    const now = amsterdamInstant(`${sample.referenceDate}T08:00`);
    for (const words of ['whatsapp', 'WhatsApp', 'digid', 'internetbankieren', 'bankieren', 'foto', 'veilig online', 'AI']) {
      expect(searchCourses(courses, { text: words }, now).length, words).toBeGreaterThanOrEqual(3);
    }
  });
  it('starts in the week of its reference date, a Monday', () => {
    expect(new Date(`${sample.referenceDate}T12:00Z`).getUTCDay()).toBe(1);
    const first = sample.items.flatMap((course) => course.sessions.map((s) => s.start)).sort()[0]!;
    expect(first.slice(0, 10) >= sample.referenceDate).toBe(true);
  });
});
