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

/**
 * Names that mean the same place or municipality. Search matches every name of a group to
 * whichever of them the table uses, and says which alias matched ("Den Bosch" finds
 * "'s-Hertogenbosch"). Includes common Dutch names of places whose official name is Frisian.
 */
export const PLACE_ALIASES: readonly (readonly string[])[] = [
  ["'s-Hertogenbosch", 'Den Bosch'],
  ["'s-Gravenhage", 'Den Haag', 'The Hague'],
  ['Hengelo', 'Hengelo (O)', 'Hengelo (Ov)', 'Hengelo Overijssel'],
  ['Hengelo (Gld)', 'Hengelo (G)', 'Hengelo Gelderland'],
  ['Bergen (NH)', 'Bergen (NH.)', 'Bergen Noord-Holland'],
  ['Bergen (L.)', 'Bergen (L)', 'Bergen Limburg'],
  ['Rijswijk', 'Rijswijk (ZH)', 'Rijswijk Zuid-Holland'],
  ['Rijswijk (GLD)', 'Rijswijk Gelderland'],
  ['Rijswijk (NB)', 'Rijswijk Noord-Brabant'],
  ['Súdwest-Fryslân', 'Zuidwest-Friesland'],
  ['Noardeast-Fryslân', 'Noordoost-Friesland'],
  ['Burgum', 'Bergum'],
  ['Noardburgum', 'Noordbergum'],
  ['Hurdegaryp', 'Hardegarijp'],
  ['Tytsjerk', 'Tietjerk'],
  ['Ryptsjerk', 'Rijperkerk'],
  ['Gytsjerk', 'Giekerk'],
  ['Oentsjerk', 'Oenkerk'],
  ['Aldtsjerk', 'Oudkerk'],
  ['Readtsjerk', 'Roodkerk'],
  ['Eastermar', 'Oostermeer'],
  ['Sumar', 'Suameer'],
  ['Earnewâld', 'Eernewoude'],
  ['Suwâld', 'Suawoude'],
  ['Feanwâlden', 'Veenwouden'],
  ['De Westereen', 'Zwaagwesteinde'],
  ['Damwâld', 'Damwoude'],
  ['Broeksterwâld', 'Broeksterwoude'],
  ['Rinsumageast', 'Rinsumageest'],
  ['Wergea', 'Warga'],
];
