import { describe, expect, it } from 'vitest';
import { COLOR_PAIRS, COLOR_TOKENS, contrast, failingPairs, over, parseColor, type ColorToken, type Rgba } from './contrast.js';

const WHITE: Rgba = [255, 255, 255, 1];
const BLACK: Rgba = [0, 0, 0, 1];

describe('parseColor', () => {
  it('reads the forms a browser computes', () => {
    expect(parseColor('rgb(31, 78, 153)')).toEqual([31, 78, 153, 1]);
    expect(parseColor('rgba(0, 0, 0, 0.5)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColor('rgb(0 0 0 / 50%)')).toEqual([0, 0, 0, 0.5]);
    expect(parseColor('#1F4E99')).toEqual([31, 78, 153, 1]);
    expect(parseColor('color(srgb 1 0.5 0 / 0.25)')).toEqual([255, 127.5, 0, 0.25]);
  });
  it('gives undefined for what it cannot read', () => {
    expect(parseColor('hsl(0 0% 0%)')).toBeUndefined();
    expect(parseColor('currentcolor')).toBeUndefined();
    expect(parseColor('')).toBeUndefined();
  });
});

describe('contrast', () => {
  it('is 21:1 for black on white, either way round, and 1:1 for a colour on itself', () => {
    expect(contrast(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast([31, 78, 153, 1], [31, 78, 153, 1])).toBe(1);
  });
  it('matches known WCAG values', () => {
    // #767676 on white: the lightest grey that passes 4.5:1.
    expect(contrast(parseColor('#767676')!, WHITE)).toBeCloseTo(4.54, 2);
    expect(contrast(parseColor('#777777')!, WHITE)).toBeLessThan(4.5);
    // Utrecht's success green hsl(90 30% 50%) = rgb(128, 166, 89): 2.8:1 on white.
    expect(contrast([127.5, 165.75, 89.25, 1], WHITE)).toBeCloseTo(2.8, 1);
  });
  it('composites a see-through colour over its background first', () => {
    expect(over([0, 0, 0, 0.5], WHITE)).toEqual([127.5, 127.5, 127.5, 1]);
    expect(contrast([0, 0, 0, 0.5], WHITE)).toBeCloseTo(contrast([127.5, 127.5, 127.5, 1], WHITE), 5);
    expect(contrast([0, 0, 0, 0], WHITE)).toBe(1);
  });
});

describe('failingPairs', () => {
  const colors = (overrides: Partial<Record<ColorToken, Rgba>>) =>
    Object.fromEntries(COLOR_TOKENS.map((token) => [token, overrides[token] ?? (['background', 'surface', 'on-primary'].includes(token) ? WHITE : BLACK)])) as Record<ColorToken, Rgba>;
  it('passes a black-on-white palette (with white on a black primary and focus ring)', () => {
    expect(failingPairs(colors({}))).toEqual([]);
  });
  it('names each pair under its minimum, text at 4.5:1 and UI at 3:1', () => {
    const grey = parseColor('#949494')!; // 3.03:1 on white
    expect(failingPairs(colors({ muted: grey }))).toEqual([
      'muted on background (sources and notes): 3.03:1 < 4.5:1',
      'muted on surface (sources and notes on cards): 3.03:1 < 4.5:1',
    ]);
    expect(failingPairs(colors({ border: grey }))).toEqual([]);
    expect(failingPairs(colors({ border: parseColor('#999999')! }))).toHaveLength(2);
  });
  it('covers every colour token', () => {
    const used = new Set(COLOR_PAIRS.flatMap((pair) => [pair.fore, pair.back]));
    expect([...used].sort()).toEqual([...COLOR_TOKENS].sort());
  });
});
