import { describe, expect, it } from 'vitest';
import { looksLikePostcode, parsePostcode } from './postcode.js';

describe('parsePostcode', () => {
  it.each([
    ['2311 EZ', '2311', 'EZ', '2311 EZ'],
    ['2311EZ', '2311', 'EZ', '2311 EZ'],
    ['2311ez', '2311', 'EZ', '2311 EZ'],
    ['2311 ez', '2311', 'EZ', '2311 EZ'],
    ['  2311   EZ  ', '2311', 'EZ', '2311 EZ'],
    ['2311-EZ', '2311', 'EZ', '2311 EZ'],
    ['2311\u00a0EZ', '2311', 'EZ', '2311 EZ'],
    ['\t9999 zz\n', '9999', 'ZZ', '9999 ZZ'],
    ['1000 AA', '1000', 'AA', '1000 AA'],
  ])('accepts %j', (input, pc4, letters, formatted) => {
    expect(parsePostcode(input)).toEqual({ ok: true, pc4, letters, formatted });
  });

  it.each(['2311', ' 2311 ', '1012'])('accepts the four digits alone: %j', (input) => {
    const result = parsePostcode(input);
    expect(result).toEqual({ ok: true, pc4: input.trim(), formatted: input.trim() });
    expect('letters' in result).toBe(false);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['2', 'incomplete'],
    ['231', 'incomplete'],
    ['2311 E', 'incomplete'],
    ['2311e', 'incomplete'],
    ['0123', 'leading-zero'],
    ['0123 AB', 'leading-zero'],
    ['0', 'leading-zero'],
    ['1234 SA', 'letters'],
    ['1234sd', 'letters'],
    ['1234 ss', 'letters'],
    ['23111', 'format'],
    ['2311 EZZ', 'format'],
    ['2311 E1', 'format'],
    ['231 EZ', 'format'],
    ['EZ 2311', 'format'],
    ['Leiden', 'format'],
    ['2311 É Z', 'format'],
    ['２３１１', 'format'],
  ] as const)('rejects %j as %s', (input, reason) => {
    expect(parsePostcode(input)).toEqual({ ok: false, reason });
  });

  it('allows letter pairs that merely contain S, A or D', () => {
    for (const letters of ['AS', 'DS', 'SB', 'SE', 'AD', 'ZS']) expect(parsePostcode(`1234 ${letters}`).ok).toBe(true);
  });
});

describe('looksLikePostcode', () => {
  it('tells postcode input from a place name', () => {
    expect(looksLikePostcode('2311')).toBe(true);
    expect(looksLikePostcode(' 23')).toBe(true);
    expect(looksLikePostcode('Leiden')).toBe(false);
    expect(looksLikePostcode("'s-Hertogenbosch")).toBe(false);
    expect(looksLikePostcode('')).toBe(false);
    expect(looksLikePostcode(undefined)).toBe(false);
  });
});
