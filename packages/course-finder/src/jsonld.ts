import { amsterdamInstant, localizedText, topicLabel, type Locale } from '@digivaardig/core';
import { programmeLabel } from './labels.js';
import type { CourseResult } from './search/filter.js';
import type { Course, CourseSession } from './types.js';

/*
 * schema.org Course data for search engines. Every value is text from the feed (never
 * HTML); the result is serialised with JSON.stringify and `<` escaped, so no feed text
 * can close the <script> element it is written into.
 */

type Json = { [key: string]: Json } | Json[] | string | number | boolean;

/** An Amsterdam wall-clock time with its offset: "2024-12-03T10:00:00+01:00". */
export function withOffset(local: string): string {
  const instant = amsterdamInstant(local);
  const asUtc = Date.UTC(+local.slice(0, 4), +local.slice(5, 7) - 1, +local.slice(8, 10), +local.slice(11, 13), +local.slice(14, 16));
  const hours = Math.round((asUtc - instant) / 3_600_000);
  return `${local}:00+${String(hours).padStart(2, '0')}:00`;
}

function place(course: Course): Json | undefined {
  const location = course.location;
  if (!location) return undefined;
  const address: Record<string, Json> = { '@type': 'PostalAddress', addressCountry: 'NL' };
  if (location.street) address.streetAddress = location.street;
  if (location.postcode) address.postalCode = location.postcode.trim();
  if (location.city) address.addressLocality = location.city;
  const result: Record<string, Json> = { '@type': 'Place', name: location.name, address };
  if (location.lat !== undefined && location.lon !== undefined) {
    result.geo = { '@type': 'GeoCoordinates', latitude: location.lat, longitude: location.lon };
  }
  return result;
}

function instance(course: Course, session: CourseSession): Json {
  const online = course.format === 'online';
  const result: Record<string, Json> = {
    '@type': 'CourseInstance',
    courseMode: online ? 'online' : 'onsite',
    startDate: withOffset(session.start),
    endDate: withOffset(session.end),
  };
  const where = place(course);
  if (online) result.location = { '@type': 'VirtualLocation', ...(course.signupUrl ? { url: course.signupUrl } : {}) };
  else if (where) result.location = where;
  if (course.price !== undefined) {
    const offer: Record<string, Json> = { '@type': 'Offer', price: course.price, priceCurrency: 'EUR', category: course.price === 0 ? 'Free' : 'Paid' };
    if (course.signupUrl) offer.url = course.signupUrl;
    if (course.seatsLeft !== undefined) {
      offer.availability = course.seatsLeft > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut';
    }
    result.offers = offer;
  }
  return result;
}

/** One schema.org `Course` with a `CourseInstance` per given session. */
export function courseJsonLd(course: Course, locale: Locale, sessions: readonly CourseSession[] = course.sessions): Json {
  const result: Record<string, Json> = {
    '@type': 'Course',
    '@id': `#course-${course.id}`,
    name: localizedText(course.title, locale),
    inLanguage: course.language ?? 'nl',
    hasCourseInstance: sessions.map((session) => instance(course, session)),
  };
  const description = localizedText(course.description, locale);
  if (description) result.description = description;
  if (course.programme) result.provider = { '@type': 'Organization', name: programmeLabel(course.programme, locale) };
  if (course.signupUrl) result.url = course.signupUrl;
  if (course.price === 0) result.isAccessibleForFree = true;
  // Topics in words ("Veilig online"), as a search engine shows them; ids mean nothing there.
  if (course.topics?.length) result.about = course.topics.map((topic) => topicLabel(topic, locale));
  return result;
}

/** The JSON-LD document for a list of courses, as text ready for a script element. */
export function coursesJsonLdText(items: readonly { course: Course; sessions: readonly CourseSession[] }[], locale: Locale): string {
  const document = {
    '@context': 'https://schema.org',
    '@graph': items.map(({ course, sessions }) => courseJsonLd(course, locale, sessions)),
  };
  return JSON.stringify(document).replace(/</g, '\\u003c');
}

/** The JSON-LD for listed results: each course with (at most 20 of) its sessions still to come. */
export function resultsJsonLdText(results: readonly CourseResult[], locale: Locale): string {
  const items = results.map((result) => ({
    course: result.prepared.course,
    sessions: result.upcoming.slice(0, 20).map((session) => ({ start: session.startLocal, end: session.endLocal })),
  }));
  return coursesJsonLdText(items, locale);
}
