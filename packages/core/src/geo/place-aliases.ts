/*
 * A module of its own, so that code that only compares names (matchKey in place-names.ts,
 * used by a finder's organisation filter on every search) does not carry this list, which
 * only the place-name search needs.
 */

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
