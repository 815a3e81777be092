import { describe, expect, it } from 'vitest';
import { noticeKind, type SearchNotice } from './messages.js';

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
