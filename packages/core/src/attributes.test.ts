import { describe, expect, it } from 'vitest';
import { parseChoice, parseDecimal, parseHttpUrl, parseInteger } from './attributes.js';

const CHARTS = ['none', 'bar', 'line', 'doughnut'] as const;

describe('parseChoice', () => {
  it('accepts an allowed word', () => {
    expect(parseChoice('bar', CHARTS, 'none')).toEqual({ value: 'bar', invalid: false });
  });

  it('ignores case and surrounding white space', () => {
    expect(parseChoice('Bar', CHARTS, 'none')).toEqual({ value: 'bar', invalid: false });
    expect(parseChoice('  LINE \n', CHARTS, 'none')).toEqual({ value: 'line', invalid: false });
  });

  it('falls back quietly when the attribute is absent, empty or blank', () => {
    for (const raw of [null, undefined, '', '   ', '\t\n']) {
      expect(parseChoice(raw, CHARTS, 'none')).toEqual({ value: 'none', invalid: false });
    }
  });

  it('falls back and reports a word that is not allowed', () => {
    expect(parseChoice('pie', CHARTS, 'none')).toEqual({ value: 'none', invalid: true });
    expect(parseChoice('bars', CHARTS, 'line')).toEqual({ value: 'line', invalid: true });
    expect(parseChoice('bar line', CHARTS, 'none')).toEqual({ value: 'none', invalid: true });
  });

  it('reads other words for "off" as none, and reports them so the element names the spelling', () => {
    for (const raw of ['off', 'OFF', 'false', 'uit', 'nee', 'no', '0', 'geen']) {
      expect(parseChoice(raw, CHARTS, 'bar')).toEqual({ value: 'none', invalid: true });
    }
  });

  it('reads "off" words as nothing special where none is not a choice', () => {
    expect(parseChoice('off', ['pdok', 'osm'] as const, 'pdok')).toEqual({ value: 'pdok', invalid: true });
  });
});

describe('parseInteger', () => {
  it('accepts a whole number within bounds', () => {
    expect(parseInteger('3', 1, 6, 2)).toEqual({ value: 3, invalid: false });
    expect(parseInteger(' 5 ', 1, 6, 2)).toEqual({ value: 5, invalid: false });
    expect(parseInteger('03', 1, 6, 2)).toEqual({ value: 3, invalid: false });
  });

  it('accepts the bounds themselves', () => {
    expect(parseInteger('1', 1, 6, 2)).toEqual({ value: 1, invalid: false });
    expect(parseInteger('6', 1, 6, 2)).toEqual({ value: 6, invalid: false });
  });

  it('accepts a number property value', () => {
    expect(parseInteger(4, 1, 6, 2)).toEqual({ value: 4, invalid: false });
    expect(parseInteger(0, 0, 6, 2)).toEqual({ value: 0, invalid: false });
  });

  it('falls back quietly when absent, empty or blank', () => {
    for (const raw of [null, undefined, '', '  ']) {
      expect(parseInteger(raw, 1, 6, 2)).toEqual({ value: 2, invalid: false });
    }
  });

  it('accepts a negative number when the bounds allow it, refuses it otherwise', () => {
    expect(parseInteger('-3', -10, 10, 0)).toEqual({ value: -3, invalid: false });
    expect(parseInteger('-1', 1, 6, 2)).toEqual({ value: 2, invalid: true });
  });

  it('refuses numbers out of bounds', () => {
    expect(parseInteger('0', 1, 6, 2)).toEqual({ value: 2, invalid: true });
    expect(parseInteger('7', 1, 6, 2)).toEqual({ value: 2, invalid: true });
  });

  it('refuses huge numbers, even beyond safe integers', () => {
    expect(parseInteger('99999999999999999999', 0, Number.MAX_SAFE_INTEGER, 5)).toEqual({ value: 5, invalid: true });
    expect(parseInteger('1' + '0'.repeat(400), 0, Infinity, 5)).toEqual({ value: 5, invalid: true });
  });

  it('refuses decimals, thousands separators and words', () => {
    for (const raw of ['2.5', '2,5', '1.000', '1,000', '3px', 'drie', '1e3', '+3', '0x10', 'NaN', 'Infinity']) {
      expect(parseInteger(raw, 0, 100000, 2), raw).toEqual({ value: 2, invalid: true });
    }
  });

  it('refuses non-integer and non-finite numbers given as numbers', () => {
    expect(parseInteger(2.5, 0, 10, 1)).toEqual({ value: 1, invalid: true });
    expect(parseInteger(NaN, 0, 10, 1)).toEqual({ value: 1, invalid: true });
    expect(parseInteger(Infinity, 0, Infinity, 1)).toEqual({ value: 1, invalid: true });
  });
});

describe('parseDecimal', () => {
  it('is undefined, and not invalid, when absent, empty or blank', () => {
    for (const raw of [null, undefined, '', '   ']) {
      expect(parseDecimal(raw)).toEqual({ value: undefined, invalid: false });
    }
  });

  it('accepts whole numbers and a decimal point', () => {
    expect(parseDecimal('79')).toEqual({ value: 79, invalid: false });
    expect(parseDecimal('79.5')).toEqual({ value: 79.5, invalid: false });
    expect(parseDecimal('.5')).toEqual({ value: 0.5, invalid: false });
    expect(parseDecimal('0')).toEqual({ value: 0, invalid: false });
  });

  it('accepts the Dutch decimal comma', () => {
    expect(parseDecimal('79,5')).toEqual({ value: 79.5, invalid: false });
    expect(parseDecimal(' 8,4 ')).toEqual({ value: 8.4, invalid: false });
    expect(parseDecimal('0,25')).toEqual({ value: 0.25, invalid: false });
  });

  it('accepts signs and negative numbers', () => {
    expect(parseDecimal('-4,5')).toEqual({ value: -4.5, invalid: false });
    expect(parseDecimal('+12')).toEqual({ value: 12, invalid: false });
  });

  it('accepts exponents and large figures', () => {
    expect(parseDecimal('1.8e7')).toEqual({ value: 18_000_000, invalid: false });
    expect(parseDecimal('18000000')).toEqual({ value: 18_000_000, invalid: false });
  });

  it('passes numbers through, and refuses non-finite ones', () => {
    expect(parseDecimal(42.5)).toEqual({ value: 42.5, invalid: false });
    expect(parseDecimal(NaN)).toEqual({ value: undefined, invalid: true });
    expect(parseDecimal(Infinity)).toEqual({ value: undefined, invalid: true });
  });

  it('refuses numbers too large to be finite', () => {
    expect(parseDecimal('1e999')).toEqual({ value: undefined, invalid: true });
    expect(parseDecimal('9'.repeat(400))).toEqual({ value: undefined, invalid: true });
  });

  it('refuses words, units and other junk', () => {
    for (const raw of ['zeventig', '79%', '€ 25', '12 km', 'NaN', 'Infinity', '0x1A', '1.2.3', '1,2,3', '--1', '.', ',']) {
      expect(parseDecimal(raw), raw).toEqual({ value: undefined, invalid: true });
    }
  });

  it('refuses a group of thousands with a separator, which is ambiguous ("1.000")', () => {
    // In Dutch "1.000" is a thousand, in English one; the docs promise it is refused.
    expect.soft(parseDecimal('1.000')).toEqual({ value: undefined, invalid: true });
    expect.soft(parseDecimal('2.500')).toEqual({ value: undefined, invalid: true });
    expect.soft(parseDecimal('18.000.000')).toEqual({ value: undefined, invalid: true });
    expect.soft(parseDecimal('1,000')).toEqual({ value: undefined, invalid: true });
  });
});

describe('parseHttpUrl', () => {
  it('is undefined, and not invalid, when absent, empty or blank', () => {
    for (const raw of [null, undefined, '', '  ']) {
      expect(parseHttpUrl(raw)).toEqual({ value: undefined, invalid: false });
    }
  });

  it('accepts absolute http and https URLs, normalised', () => {
    expect(parseHttpUrl('https://www.cbs.nl/cijfers')).toEqual({ value: 'https://www.cbs.nl/cijfers', invalid: false });
    expect(parseHttpUrl('  http://example.org ')).toEqual({ value: 'http://example.org/', invalid: false });
    expect(parseHttpUrl('HTTPS://Example.ORG/a b')).toEqual({ value: 'https://example.org/a%20b', invalid: false });
  });

  it('resolves relative URLs against the base', () => {
    const base = 'https://bibliotheek.example/pagina/cijfers.html';
    expect(parseHttpUrl('data.json', base).value).toBe('https://bibliotheek.example/pagina/data.json');
    expect(parseHttpUrl('/data/stats.csv', base).value).toBe('https://bibliotheek.example/data/stats.csv');
    expect(parseHttpUrl('../stats.csv?v=2', base).value).toBe('https://bibliotheek.example/stats.csv?v=2');
    expect(parseHttpUrl('//cdn.example/x.json', base).value).toBe('https://cdn.example/x.json');
    expect(parseHttpUrl('data.json', base).invalid).toBe(false);
  });

  it('refuses a relative URL when there is no base to resolve it against', () => {
    expect(parseHttpUrl('data.json')).toEqual({ value: undefined, invalid: true });
  });

  it('refuses script and other non-http schemes, however they are written', () => {
    const base = 'https://bibliotheek.example/';
    for (const raw of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'mailto:info@bibliotheek.example',
      'tel:0201234567',
      'ftp://ftp.example/file',
      'file:///etc/passwd',
    ]) {
      expect(parseHttpUrl(raw, base), raw).toEqual({ value: undefined, invalid: true });
    }
  });

  it('refuses text that is no URL at all', () => {
    expect(parseHttpUrl('http://')).toEqual({ value: undefined, invalid: true });
    expect(parseHttpUrl('https://exa mple.org')).toEqual({ value: undefined, invalid: true });
  });
});
