import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatEuro,
  formatNumber,
  formatPercent,
  formatStatValue,
} from './number.js';

/** Intl puts a no-break space between "€" and the amount (and "2,3" and "km" is ours). */
const NBSP = '\u00a0';

describe('formatNumber', () => {
  it('groups thousands and uses the decimal mark of the language', () => {
    expect(formatNumber(100000, 'nl')).toBe('100.000');
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(2.5, 'nl')).toBe('2,5');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });

  it('rounds to one decimal by default, and to the digits asked for', () => {
    expect(formatNumber(8.44, 'nl')).toBe('8,4');
    expect(formatNumber(8.46, 'nl')).toBe('8,5');
    expect(formatNumber(8.46, 'nl', 0)).toBe('8');
    expect(formatNumber(3.14159, 'en', 3)).toBe('3.142');
  });

  it('writes no trailing zeros', () => {
    expect(formatNumber(18, 'nl')).toBe('18');
    expect(formatNumber(18.0, 'en')).toBe('18');
  });

  it('writes negative numbers with a minus sign', () => {
    expect(formatNumber(-1500, 'nl')).toMatch(/^[-\u2212]1\.500$/);
    expect(formatNumber(-1500, 'en')).toMatch(/^[-\u2212]1,500$/);
  });
});

describe('formatPercent', () => {
  it('takes 0–100 and writes it without a space before the sign', () => {
    expect(formatPercent(79, 'nl')).toBe('79%');
    expect(formatPercent(79, 'en')).toBe('79%');
    expect(formatPercent(0, 'nl')).toBe('0%');
    expect(formatPercent(100, 'nl')).toBe('100%');
  });

  it('keeps one decimal in the language’s style', () => {
    expect(formatPercent(4.5, 'nl')).toBe('4,5%');
    expect(formatPercent(4.5, 'en')).toBe('4.5%');
    expect(formatPercent(79.46, 'nl')).toBe('79,5%');
  });

  it('does not turn 79 into 7900%', () => {
    expect(formatPercent(79, 'nl')).not.toContain('7900');
  });
});

describe('formatCount', () => {
  it('writes millions in words, as people say them', () => {
    expect(formatCount(18_000_000, 'nl')).toBe('18 miljoen');
    expect(formatCount(9_800_000, 'nl')).toBe('9,8 miljoen');
    expect(formatCount(18_200_000, 'nl')).toBe('18,2 miljoen');
    expect(formatCount(18_000_000, 'en')).toBe('18 million');
    expect(formatCount(9_800_000, 'en')).toBe('9.8 million');
    expect(formatCount(1_000_000, 'nl')).toBe('1 miljoen');
  });

  it('writes billions in words', () => {
    expect(formatCount(2_500_000_000, 'nl')).toBe('2,5 miljard');
    expect(formatCount(2_500_000_000, 'en')).toBe('2.5 billion');
    expect(formatCount(1_000_000_000, 'nl')).toBe('1 miljard');
  });

  it('writes hundreds of millions as millions, not billions', () => {
    expect(formatCount(557_000_000, 'nl')).toBe('557 miljoen');
    expect(formatCount(75_500_000, 'en')).toBe('75.5 million');
  });

  it('writes smaller numbers in full, with grouping', () => {
    expect(formatCount(682, 'nl')).toBe('682');
    expect(formatCount(682, 'en')).toBe('682');
    expect(formatCount(100_000, 'nl')).toBe('100.000');
    expect(formatCount(100_000, 'en')).toBe('100,000');
    expect(formatCount(999_999, 'nl')).toBe('999.999');
    expect(formatCount(0, 'nl')).toBe('0');
  });

  it('keeps a decimal for small numbers such as a rating', () => {
    expect(formatCount(8.4, 'nl')).toBe('8,4');
    expect(formatCount(8.4, 'en')).toBe('8.4');
  });

  it('uses words for large negative numbers too', () => {
    expect(formatCount(-2_000_000, 'nl')).toMatch(/^[-\u2212]2 miljoen$/);
  });

  it('does not write "1.000 miljoen" just below a billion (rounding crosses into the next word)', () => {
    // 999.96 million rounds to one decimal as "1.000": a reader expects "1 miljard".
    expect(formatCount(999_960_000, 'nl')).toBe('1 miljard');
    expect(formatCount(999_960_000, 'en')).toBe('1 billion');
  });
});

describe('formatEuro', () => {
  it('writes whole amounts without cents, with "€" and a no-break space in Dutch', () => {
    // Dutch style (Taalunie, nl-NL CLDR): the sign first, then a space: "€ 25".
    expect(formatEuro(25, 'nl')).toBe(`€${NBSP}25`);
    expect(formatEuro(250_000, 'nl')).toBe(`€${NBSP}250.000`);
  });

  it('writes millions in words, as the seed text does ("2 miljoen euro")', () => {
    expect(formatEuro(2_000_000, 'nl')).toBe(`€${NBSP}2 miljoen`);
    expect(formatEuro(85_000_000, 'en')).toBe('€85 million');
  });

  it('writes cents only when the amount has them, with a decimal comma in Dutch', () => {
    expect(formatEuro(2.5, 'nl')).toBe(`€${NBSP}2,50`);
    expect(formatEuro(12.05, 'nl')).toBe(`€${NBSP}12,05`);
  });

  it('writes English amounts the British way, without a space', () => {
    expect(formatEuro(25, 'en')).toBe('€25');
    expect(formatEuro(2.5, 'en')).toBe('€2.50');
    expect(formatEuro(1250, 'en')).toBe('€1,250');
  });

  it('never shows the ISO code "EUR" or a dollar sign', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(formatEuro(25, locale)).not.toMatch(/EUR|\$/);
    }
  });
});

describe('formatStatValue', () => {
  it('writes each unit its own way', () => {
    expect(formatStatValue(79, 'percent', 'nl')).toBe('79%');
    expect(formatStatValue(18_000_000, 'number', 'nl')).toBe('18 miljoen');
    expect(formatStatValue(4_000_000, 'people', 'en')).toBe('4 million');
    expect(formatStatValue(682, 'number', 'nl')).toBe('682');
    expect(formatStatValue(25, 'euro', 'nl')).toBe(`€${NBSP}25`);
  });

  it('writes large euro amounts in words', () => {
    expect(formatStatValue(2_000_000, 'euro', 'nl')).toBe(`€${NBSP}2 miljoen`);
  });
});
