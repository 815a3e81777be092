import { describe, expect, it } from 'vitest';
import { isolateIn, translator } from '@digivaardig/core';
import { noticeKind, noticeText, type SearchNotice } from './messages.js';

describe('noticeKind', () => {
  it('marks only mistakes in what was typed as errors', () => {
    const errors: SearchNotice[] = [
      { code: 'postcode-format', reason: 'incomplete', text: '231' },
      { code: 'unknown-postcode', postcode: '1001' },
      { code: 'unknown-place', text: 'Xyzzyville' },
      { code: 'unknown-place', text: 'Utreht', suggestion: 'Utrecht' },
    ];
    const info: SearchNotice[] = [
      { code: 'empty' },
      { code: 'no-results', km: 2, from: '1391 Abcoude' },
      { code: 'no-match' },
      { code: 'geo-denied' },
      { code: 'geo-unavailable' },
      { code: 'geocoder-failed' },
    ];
    expect(errors.map(noticeKind)).toEqual(['error', 'error', 'error', 'error']);
    expect(info.map(noticeKind)).toEqual(info.map(() => 'info'));
  });
});

describe('noticeText: postcodes and places keep their own direction in Arabic', () => {
  const FSI = '\u2068';
  const LRI = '\u2066';
  const PDI = '\u2069';
  const notices: SearchNotice[] = [
    { code: 'unknown-postcode', postcode: '1001 AB' },
    { code: 'unknown-place', text: 'Xyzzyville' },
    { code: 'unknown-place', text: 'Utreht', suggestion: 'Utrecht' },
    { code: 'no-results', km: 2, from: '1391 Abcoude' },
  ];

  it('isolates the postcode (left to right) and the place (by its first letter) in an Arabic sentence', () => {
    const [postcode, place, placeWithSuggestion, far] = notices.map((notice) => noticeText(translator('ar'), notice, isolateIn));
    expect(postcode).toContain(`${LRI}1001 AB${PDI}`);
    expect(place).toContain(`${FSI}Xyzzyville${PDI}`);
    expect(placeWithSuggestion).toContain(`${FSI}Utreht${PDI}`);
    expect(far).toContain(`${FSI}1391 Abcoude${PDI}`);
  });

  it('leaves a left-to-right sentence as it was', () => {
    for (const locale of ['nl', 'en', 'tr'] as const) {
      for (const notice of notices) expect(noticeText(translator(locale), notice, isolateIn)).not.toMatch(/[\u2066-\u2069]/);
    }
    expect(noticeText(translator('nl'), notices[0]!, isolateIn)).toBe(
      'Postcode 1001 AB kennen we niet. Kijk of je hem goed hebt getypt, of zoek op de naam van je woonplaats.',
    );
  });
});
