import { describe, expect, it } from 'vitest';
import { translator } from '@digivaardig/core';
import { placeProblemText } from './place-notes.js';

describe('placeProblemText: postcodes and places keep their own direction in Arabic', () => {
  it('isolates the postcode (left to right) and the typed place (by its first letter) in an Arabic sentence', () => {
    expect(placeProblemText(translator('ar'), { code: 'unknown-postcode', postcode: '1001 AB' })).toContain('\u20661001 AB\u2069');
    expect(placeProblemText(translator('ar'), { code: 'unknown-place', text: 'Xyzzyville' })).toContain('\u2068Xyzzyville\u2069');
    expect(placeProblemText(translator('ar'), { code: 'unknown-place', text: 'Utreht', suggestion: 'Utrecht' })).toContain('\u2068Utreht\u2069');
  });

  it('leaves a left-to-right sentence as it was', () => {
    expect(placeProblemText(translator('nl'), { code: 'unknown-postcode', postcode: '1001 AB' })).toBe(
      'Postcode 1001 AB kennen we niet. Probeer een postcode in de buurt.',
    );
    expect(placeProblemText(translator('pl'), { code: 'unknown-place', text: 'Xyzzyville' })).not.toMatch(/[\u2066-\u2069]/);
  });
});
