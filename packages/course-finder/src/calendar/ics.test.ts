import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import type { Course } from '../types.js';
import { calendarFileName, courseCalendar, escapeText, foldLine } from './ics.js';

const NOW = Date.UTC(2025, 0, 6, 8, 0);
const course: Course = {
  id: 'digisterker-leiden',
  title: 'Digisterker: Werken met de e-overheid, deel 1; met \\ en "quotes"',
  programme: 'digisterker',
  description: 'Regel zaken met de overheid.\nVier bijeenkomsten, eerst een intake; neem je DigiD mee. Ééndrachtig, ñ, 😀 — en nog veel meer tekst om het vouwen van lange regels te testen.',
  format: 'group',
  price: 0,
  signupUrl: 'https://www.digisterker.nl/aanmelden?plaats=leiden&x=1',
  contact: { phone: '071 000 0000' },
  location: { name: 'Bibliotheek Leiden', street: 'Nieuwstraat 4', postcode: '2312 KC', city: 'Leiden', lat: 52.16, lon: 4.49 },
  sessions: [
    { start: '2025-01-07T10:00', end: '2025-01-07T12:00' },
    { start: '2025-07-08T10:00', end: '2025-07-08T12:00' },
  ],
};

describe('iCalendar', () => {
  const text = courseCalendar(course, { locale: 'nl', now: NOW });

  it('uses CRLF and folds every line at 75 octets without splitting characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('é'.repeat(40)).split('\r\n ').every((part) => !part.includes('\ufffd'))).toBe(true);
  });

  it('escapes backslashes, commas, semicolons and line breaks', () => {
    expect(escapeText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf');
  });

  it('round-trips through ical.js with every session in Amsterdam time', () => {
    const component = new ICAL.Component(ICAL.parse(text));
    const zone = component.getFirstSubcomponent('vtimezone')!;
    ICAL.TimezoneService.register(zone);
    const events = component.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(2);
    const [winter, summer] = events as [ICAL.Event, ICAL.Event];
    expect(winter.summary).toBe(`${course.title} (1/2)`);
    expect(winter.description).toContain('Vier bijeenkomsten, eerst een intake; neem je DigiD mee. Ééndrachtig, ñ, 😀');
    expect(winter.description).toContain('Telefoon: 071 000 0000');
    expect(winter.location).toBe('Bibliotheek Leiden, Nieuwstraat 4, 2312 KC Leiden');
    expect(winter.startDate.zone.tzid).toBe('Europe/Amsterdam');
    expect(component.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Amsterdam');
    expect(winter.startDate.toJSDate().toISOString()).toBe('2025-01-07T09:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2025-01-07T11:00:00.000Z');
    expect(summer.startDate.toJSDate().toISOString()).toBe('2025-07-08T08:00:00.000Z');
    const vevent = component.getFirstSubcomponent('vevent')!;
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2025-01-06T08:00:00Z');
    expect(vevent.getFirstPropertyValue('url')).toBe(course.signupUrl);
  });

  it('gives stable, unique UIDs per session', () => {
    const again = courseCalendar(course, { locale: 'nl', now: NOW + 86_400_000 });
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]);
    expect(uids(again)).toEqual(uids(text));
    expect(new Set(uids(text)).size).toBe(2);
    expect(uids(text)[0]).toBe('digisterker-leiden-20250107T100000@dv-course-finder.digivaardig');
  });

  it('names the file after the course id', () => {
    expect(calendarFileName(course)).toBe('digisterker-leiden.ics');
  });
});
