import { describe, expect, it } from 'vitest';
import { formatDistance } from './distance.js';

describe('formatDistance', () => {
  it('writes metres below one kilometre, rounded to tens', () => {
    expect(formatDistance(0.8, 'nl')).toBe('800 m');
    expect(formatDistance(0.234, 'nl')).toBe('230 m');
    expect(formatDistance(0.236, 'en')).toBe('240 m');
  });

  it('never writes "0 m" for tiny distances: at least 10 m', () => {
    expect(formatDistance(0, 'nl')).toBe('10 m');
    expect(formatDistance(0.001, 'nl')).toBe('10 m');
    expect(formatDistance(0.004, 'en')).toBe('10 m');
  });

  it('writes one decimal from 1 to 10 km, in the language’s style', () => {
    expect(formatDistance(2.3, 'nl')).toBe('2,3 km');
    expect(formatDistance(2.3, 'en')).toBe('2.3 km');
    expect(formatDistance(2.34, 'nl')).toBe('2,3 km');
    expect(formatDistance(1, 'nl')).toBe('1 km');
    expect(formatDistance(9.94, 'nl')).toBe('9,9 km');
  });

  it('writes whole kilometres from 10 km on', () => {
    expect(formatDistance(23, 'nl')).toBe('23 km');
    expect(formatDistance(23.4, 'nl')).toBe('23 km');
    expect(formatDistance(23.6, 'en')).toBe('24 km');
    expect(formatDistance(10, 'nl')).toBe('10 km');
    expect(formatDistance(1234, 'nl')).toBe('1.234 km');
  });

  it('does not write "1.000 m" just below one kilometre (rounding crosses into km)', () => {
    // 996 m rounds to 1000 m; a reader expects "1 km" (or "1,0 km"), not "1.000 m".
    expect(formatDistance(0.996, 'nl')).toMatch(/^1(,0)? km$/);
    expect(formatDistance(0.999, 'en')).toMatch(/^1(\.0)? km$/);
  });
});
