import { describe, expect, it } from 'vitest';
import { PLACE_ALIASES, matchKey, matchKeys, normalizeName } from './place-names.js';

describe('normalizeName', () => {
  it.each([
    ["'s-Hertogenbosch", "'s hertogenbosch"],
    ['’s-Hertogenbosch', "'s hertogenbosch"],
    ['‘s-Gravenhage', "'s gravenhage"],
    ['`t Harde', "'t harde"],
    ['Súdwest-Fryslân', 'sudwest fryslan'],
    ['1e Exloërmond', '1e exloermond'],
    ['  Ohé   en  Laak ', 'ohe en laak'],
    ['Egmond-Binnen', 'egmond binnen'],
    ['Egmond – Binnen', 'egmond binnen'],
    ['Ĳsselstein', 'ijsselstein'],
    ['AMSTERDAM', 'amsterdam'],
    ['Bergen (NH.)', 'bergen (nh.)'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe('matchKey', () => {
  it.each([
    ["'s-Gravenhage", 's gravenhage'],
    ['Bergen (NH.)', 'bergen nh'],
    ['Bergen (NH)', 'bergen nh'],
    ['Nuenen, Gerwen en Nederwetten', 'nuenen gerwen en nederwetten'],
    ['Krimpen a/d IJssel', 'krimpen a d ijssel'],
    ['Garyp', 'garijp'],
    ['Ypenburg', 'ijpenburg'],
    ['IJmuiden', 'ijmuiden'],
    ["Stad aan 't Haringvliet", 'stad aan t haringvliet'],
  ])('%j → %j', (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it('makes spelling variants meet', () => {
    expect(matchKey('Hurdegarijp')).toBe(matchKey('Hurdegaryp'));
    expect(matchKey('s-Hertogenbosch')).toBe(matchKey('’s Hertogenbosch'));
    expect(matchKey('Bergen L')).toBe(matchKey('Bergen (L)'));
  });
});

describe('matchKeys', () => {
  it("adds a form without a leading 's or 't", () => {
    expect(matchKeys("'s-Hertogenbosch")).toEqual(['s hertogenbosch', 'hertogenbosch']);
    expect(matchKeys("'t Zandt")).toEqual(['t zandt', 'zandt']);
    expect(matchKeys('Leiden')).toEqual(['leiden']);
    // Only an apostrophe makes it an article: "T Zand" is not "'t Zand".
    expect(matchKeys('S Gravenmoer')).toEqual(['s gravenmoer']);
  });
});

describe('PLACE_ALIASES', () => {
  it('has groups of at least two distinct names, none in two groups', () => {
    const seen = new Set<string>();
    for (const group of PLACE_ALIASES) {
      const keys = new Set(group.map(matchKey));
      expect(keys.size, group.join(' / ')).toBeGreaterThanOrEqual(2);
      for (const name of group) {
        expect(seen.has(name), name).toBe(false);
        seen.add(name);
      }
    }
  });
});
