/**
 * Normalises a place name for comparison: accents removed (NFKD, so "ĳ" also becomes "ij"),
 * lower case, every apostrophe-like mark (’ ‘ ` ´ ʼ) turned into ', and runs of spaces and
 * hyphens collapsed into one space. "’s-Hertogenbosch" → "'s hertogenbosch",
 * "Súdwest-Fryslân" → "sudwest fryslan".
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2019\u2018`\u00b4\u02bc\u2032]/g, "'")
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .trim();
}

/**
 * The looser form that search compares: {@link normalizeName}, then apostrophes dropped,
 * brackets, dots, commas and slashes turned into spaces, and "y" spelled "ij" (people type
 * "Garijp" for "Garyp" and "Ypenburg" as "IJpenburg").
 * "Bergen (NH.)" → "bergen nh", "'s-Gravenhage" → "s gravenhage".
 */
export function matchKey(name: string): string {
  return normalizeName(name)
    .replace(/'/g, '')
    .replace(/[().,/]/g, ' ')
    .replace(/y/g, 'ij')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * All keys a name can be found by: its {@link matchKey}, and without a leading "'s" or "'t"
 * ("'s-Hertogenbosch" is also found as "hertogenbosch").
 */
export function matchKeys(name: string): string[] {
  const key = matchKey(name);
  const article = /^'[st] /.exec(normalizeName(name));
  const bare = article ? key.replace(/^[st] /, '') : '';
  return bare && bare !== key ? [key, bare] : [key];
}

export { PLACE_ALIASES } from './place-aliases.js';
