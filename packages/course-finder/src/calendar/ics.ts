import { localizedText, type Locale } from '@digivaardig/core';
import { programmeLabel } from '../labels.js';
import type { Course, CourseSession } from '../types.js';

/*
 * iCalendar (RFC 5545) for one course: one VEVENT per session, in Amsterdam time with the
 * zone's rules included (VTIMEZONE), so every calendar program places it right.
 */

const CRLF = '\r\n';

/** The Europe/Amsterdam zone since 1996: CET, with CEST from the last Sunday of March to that of October. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space. Never splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** "2024-12-03T10:00" → "20241203T100000" (a local DATE-TIME). */
function localStamp(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** An instant as a UTC DATE-TIME, "20241203T090000Z". */
function utcStamp(instant: number): string {
  return new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * A UID that stays the same for the same session of the same course, so importing the
 * file again updates the calendar entry instead of adding a second one.
 */
export function sessionUid(course: Course, session: CourseSession): string {
  return `${course.id}-${localStamp(session.start)}@dv-course-finder.digivaardig`;
}

/** Where a session is, in one line: "Bibliotheek Leiden, Nieuwstraat 4, 2312 KC Leiden". */
export function locationLine(course: Course): string {
  const location = course.location;
  if (!location) return course.format === 'online' ? 'Online' : '';
  const town = [location.postcode?.trim(), location.city].filter(Boolean).join(' ');
  return [location.name, location.street, town].filter(Boolean).join(', ');
}

export interface IcsOptions {
  readonly locale: Locale;
  /** When the file is made (DTSTAMP). */
  readonly now: number;
  /** Sessions to include; all of the course's by default. */
  readonly sessions?: readonly CourseSession[];
}

/** The .ics text of a course: every given session as an event. Lines end in CRLF. */
export function courseCalendar(course: Course, options: IcsOptions): string {
  const { locale, now } = options;
  const sessions = options.sessions ?? course.sessions;
  const title = localizedText(course.title, locale);
  const description = [
    course.programme ? programmeLabel(course.programme, locale) : '',
    localizedText(course.description, locale),
    course.contact?.phone ? `${locale === 'nl' ? 'Telefoon' : 'Phone'}: ${course.contact.phone}` : '',
    course.contact?.email ? `E-mail: ${course.contact.email}` : '',
    localizedText(course.contact?.note, locale),
    course.signupUrl ?? '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const where = locationLine(course);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Digivaardig widgets//dv-course-finder//NL', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...VTIMEZONE];
  sessions.forEach((session, index) => {
    const count = sessions.length > 1 ? ` (${index + 1}/${sessions.length})` : '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${sessionUid(course, session)}`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;TZID=Europe/Amsterdam:${localStamp(session.start)}`,
      `DTEND;TZID=Europe/Amsterdam:${localStamp(session.end)}`,
      `SUMMARY:${escapeText(title + count)}`,
      ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
      ...(where ? [`LOCATION:${escapeText(where)}`] : []),
      ...(course.location?.lat !== undefined && course.location.lon !== undefined
        ? [`GEO:${course.location.lat.toFixed(6)};${course.location.lon.toFixed(6)}`]
        : []),
      ...(course.signupUrl ? [`URL:${course.signupUrl.replace(/[\r\n]/g, '')}`] : []),
      'STATUS:CONFIRMED',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}

/** A file name for the download: "klik-en-tik-leiden.ics". */
export function calendarFileName(course: Course): string {
  const name = course.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${name || 'cursus'}.ics`;
}
