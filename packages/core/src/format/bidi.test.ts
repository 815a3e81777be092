import { describe, expect, it } from 'vitest';
import { isolateIn } from './bidi.js';
import type { Locale } from '../i18n/locale.js';

describe('isolateIn', () => {
  it('leaves text in a left-to-right language as it is', () => {
    expect(isolateIn('nl', '071 123 45 67', 'ltr')).toBe('071 123 45 67');
    expect(isolateIn('en', '3511 Utrecht')).toBe('3511 Utrecht');
  });

  it('isolates a value in Arabic: left to right, or by its own first letter', () => {
    const ar = 'ar' as Locale;
    expect(isolateIn(ar, '071 123 45 67', 'ltr')).toBe('\u2066071 123 45 67\u2069');
    expect(isolateIn(ar, '3511 Utrecht')).toBe('\u20683511 Utrecht\u2069');
    expect(isolateIn(ar, '')).toBe('');
  });
});
