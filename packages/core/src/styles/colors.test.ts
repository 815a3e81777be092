import { describe, expect, it } from 'vitest';
import { withAlpha } from './colors.js';

describe('withAlpha', () => {
  it('adds an alpha to the ways browsers write a computed colour', () => {
    expect(withAlpha('rgb(102, 51, 153)', 0.2)).toBe('rgba(102, 51, 153, 0.2)');
    expect(withAlpha('rgba(0, 51, 102, 0.5)', 0.2)).toBe('rgba(0, 51, 102, 0.1)');
    expect(withAlpha('rgb(0 51 102 / 50%)', 0.4)).toBe('rgba(0, 51, 102, 0.2)');
    expect(withAlpha('#1A5DAB', 0.2)).toBe('rgba(26, 93, 171, 0.2)');
    expect(withAlpha('#1a5dab80', 1)).toBe('rgba(26, 93, 171, 0.502)');
    expect(withAlpha('color(srgb 0.4 0.2 0.6 / 0.2)', 1)).toBe('rgba(102, 51, 153, 0.2)');
  });

  it('gives up on what it cannot read (the caller then leaves the fill out)', () => {
    expect(withAlpha('rebeccapurple', 0.2)).toBeUndefined();
    expect(withAlpha('#036', 0.2)).toBeUndefined();
    expect(withAlpha('oklch(0.5 0.1 200)', 0.2)).toBeUndefined();
    expect(withAlpha('', 0.2)).toBeUndefined();
  });
});
