import { translator } from '@digivaardig/core';
import { describe, expect, it } from 'vitest';
import { amsterdamInstant } from '../data/local-time.js';
import { searchCourses } from '../search/filter.js';
import { prepareCourses } from '../search/prepare.js';
import type { Course } from '../types.js';
import { cardText } from './card-text.js';
import { detailText } from './course-details.js';

const NOW = amsterdamInstant('2026-12-01T09:00');
const result = (course: Partial<Course>) =>
  searchCourses(
    prepareCourses([{ id: 'c', title: 'Cursus', format: 'group', sessions: [{ start: '2026-12-25T10:00', end: '2026-12-25T12:00' }], ...course }]),
    {},
    NOW,
  )[0]!;

describe('the card', () => {
  it("shows the course's own tags as written, after the programme and the kind", () => {
    expect(cardText(result({ programme: 'digisterker', tags: ['Stamboomonderzoek', 'Senioren'] }), translator('nl'), '2026').labels).toEqual([
      'Digisterker',
      'Cursus in een groep',
      'Stamboomonderzoek',
      'Senioren',
    ]);
  });

  it('never links an unsafe value, even when a JSON feed gives it straight to the card', () => {
    const unsafe = result({
      signupUrl: 'javascript:alert(1)',
      contact: { email: 'a@bieb.nl?bcc=b@evil.nl&subject=x', phone: 'javascript:alert(1)' },
    });
    const card = cardText(unsafe, translator('nl'), '2026');
    expect(card.signupUrl).toBeUndefined();
    expect(card.phone).toBeUndefined();
    expect(detailText(unsafe, 'nl', '2026').email).toBeUndefined();
    expect(cardText(result({ signupUrl: 'data:text/html,<script>alert(1)</script>' }), translator('nl'), '2026').signupUrl).toBeUndefined();
    expect(detailText(result({ contact: { email: 'a@b.nl&cc=c@d.nl' } }), 'nl', '2026').email).toBeUndefined();
  });
});
