import { describe, expect, it } from 'vitest';
import { readNumber } from './read-number.js';

describe('readNumber', () => {
  it('reads plain numbers with a decimal point or comma', () => {
    expect(readNumber('79')).toBe(79);
    expect(readNumber('79,5')).toBe(79.5);
    expect(readNumber(' -4.25 ')).toBe(-4.25);
  });

  it('reads prices as webmasters write them', () => {
    for (const [text, value] of [
      ['€ 2,50', 2.5],
      ['€2,50', 2.5],
      ['2,50 euro', 2.5],
      ['2,50 EUR', 2.5],
      ['EUR 2.50', 2.5],
      ['€2,-', 2],
      ['€ 15,--', 15],
      ['15,–', 15],
      ['€ 1.250,50', 1250.5],
    ] as const) {
      expect(readNumber(text), text).toBe(value);
    }
  });

  it('reads "gratis", "free" and "kosteloos" as 0', () => {
    for (const word of ['gratis', 'Gratis', 'free', 'FREE', 'kosteloos', 'gratis!']) expect(readNumber(word), word).toBe(0);
  });

  it('reads percentages as the number before the sign', () => {
    expect(readNumber('79%')).toBe(79);
    expect(readNumber('79 %')).toBe(79);
    expect(readNumber('12,5 procent')).toBe(12.5);
  });

  it('reads thousands only when nothing else is possible', () => {
    expect(readNumber('1.250.000')).toBe(1_250_000);
    expect(readNumber('1,250,000')).toBe(1_250_000);
    expect(readNumber('1 250 000')).toBe(1_250_000);
    expect(readNumber('1\u00a0250')).toBe(1250);
    expect(readNumber('1,250.50')).toBe(1250.5);
    // One group of three: a thousand in Dutch, one and a quarter in English.
    expect(readNumber('1.250')).toBeUndefined();
    expect(readNumber('1,250')).toBeUndefined();
  });

  it('reads nothing else', () => {
    for (const text of ['', 'twee', '1,2,3', '12-12', '€', '1.25.000', 'Infinity', '1e999', 'NaN']) {
      expect(readNumber(text), text).toBeUndefined();
    }
  });
});
