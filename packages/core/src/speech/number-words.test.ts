import { describe, expect, it } from 'vitest';
import { dutchNumberWord, englishNumberWord } from './number-words.js';

describe('number words for clock times', () => {
  it('spells Dutch numbers, with a diaeresis where vowels meet', () => {
    expect([0, 1, 10, 12, 19, 20, 21, 22, 23, 30, 45, 59].map(dutchNumberWord)).toEqual([
      'nul', 'een', 'tien', 'twaalf', 'negentien', 'twintig', 'eenentwintig', 'tweeëntwintig', 'drieëntwintig', 'dertig', 'vijfenveertig', 'negenenvijftig',
    ]);
  });

  it('spells English numbers with a hyphen', () => {
    expect([0, 7, 13, 20, 21, 45, 59].map(englishNumberWord)).toEqual(['zero', 'seven', 'thirteen', 'twenty', 'twenty-one', 'forty-five', 'fifty-nine']);
  });

  it('refuses numbers it has no word for', () => {
    expect(() => dutchNumberWord(60)).toThrow(RangeError);
    expect(() => englishNumberWord(-1)).toThrow(RangeError);
    expect(() => dutchNumberWord(2.5)).toThrow(RangeError);
  });
});
