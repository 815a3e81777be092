import { describe, expect, it } from 'vitest';
import type { Course } from './types.js';
import { coursesJsonLdText, resultsJsonLdText, withOffset } from './jsonld.js';
import { searchCourses } from './search/filter.js';
import { prepareCourses } from './search/prepare.js';

const course: Course = {
  id: 'ai-utrecht',
  title: 'Aan de slag met AI </script><script>alert(1)</script>',
  description: '<b>niet vet</b>',
  programme: 'library',
  topics: ['ai'],
  format: 'group',
  price: 0,
  seatsLeft: 0,
  signupUrl: 'https://example.org/ai',
  location: { name: 'Bibliotheek Utrecht', postcode: '3511', city: 'Utrecht', lat: 52.09, lon: 5.12 },
  sessions: [{ start: '2025-01-09T19:00', end: '2025-01-09T21:00' }],
};

describe('JSON-LD', () => {
  it('writes offsets for Amsterdam time', () => {
    expect(withOffset('2025-01-09T19:00')).toBe('2025-01-09T19:00:00+01:00');
    expect(withOffset('2025-07-09T19:00')).toBe('2025-07-09T19:00:00+02:00');
  });

  it('is a schema.org Course with CourseInstances, valid JSON and safe in a script element', () => {
    const text = coursesJsonLdText([{ course, sessions: course.sessions }], 'nl');
    expect(text).not.toContain('<');
    const data = JSON.parse(text);
    expect(data['@context']).toBe('https://schema.org');
    const [item] = data['@graph'];
    expect(item['@type']).toBe('Course');
    expect(item.name).toBe(course.title); // text as given: the escaping is JSON's
    expect(item.description).toBe('<b>niet vet</b>');
    expect(item.isAccessibleForFree).toBe(true);
    expect(item.hasCourseInstance).toEqual([
      {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2025-01-09T19:00:00+01:00',
        endDate: '2025-01-09T21:00:00+01:00',
        location: {
          '@type': 'Place',
          name: 'Bibliotheek Utrecht',
          address: { '@type': 'PostalAddress', addressCountry: 'NL', postalCode: '3511', addressLocality: 'Utrecht' },
          geo: { '@type': 'GeoCoordinates', latitude: 52.09, longitude: 5.12 },
        },
        offers: {
          '@type': 'Offer', price: 0, priceCurrency: 'EUR', category: 'Free', url: 'https://example.org/ai',
          availability: 'https://schema.org/SoldOut',
        },
      },
    ]);
  });

  it('marks online courses', () => {
    const online = { ...course, format: 'online' as const, location: undefined };
    const [item] = JSON.parse(coursesJsonLdText([{ course: online, sessions: online.sessions }], 'en'))['@graph'];
    expect(item.hasCourseInstance[0].courseMode).toBe('online');
    expect(item.hasCourseInstance[0].location['@type']).toBe('VirtualLocation');
  });

  it('lists results with at most 20 of their sessions still to come', () => {
    const weekly = Array.from({ length: 30 }, (_, week) => {
      const day = new Date(Date.UTC(2025, 0, 2 + 7 * week)).toISOString().slice(0, 10);
      return { start: `${day}T19:00`, end: `${day}T21:00` };
    });
    const results = searchCourses(prepareCourses([{ ...course, sessions: weekly }]), {}, Date.UTC(2025, 0, 8));
    const [item] = JSON.parse(resultsJsonLdText(results, 'nl'))['@graph'];
    expect(item.hasCourseInstance).toHaveLength(20);
    expect(item.hasCourseInstance[0].startDate).toBe('2025-01-09T19:00:00+01:00');
  });
});
