import { describe, expect, it } from 'vitest';
import { pluralCategory } from './plural.js';

describe('pluralCategory', () => {
  it('knows one and other in Dutch and English', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect([0, 1, 2, 5, 1.5].map((n) => pluralCategory(locale, n))).toEqual(['other', 'one', 'other', 'other', 'other']);
    }
  });

  it('knows the six Arabic categories', () => {
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => pluralCategory('ar' as never, n))).toEqual([
      'zero', 'one', 'two', 'few', 'few', 'many', 'many', 'other', 'other',
    ]);
  });
});
