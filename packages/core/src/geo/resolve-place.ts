import type { Pc4Table } from './pc4-table.js';
import { closestPlace, searchPlaces, type PlaceSuggestion } from './place-search.js';
import { looksLikePostcode } from './postcode.js';
import { resolvePostcode, type PlaceResolution } from './resolve-postcode.js';

export type { PlaceProblem, PlaceResolution, ResolvedPlace } from './resolve-postcode.js';

/** The name a suggestion is offered by: the other name that matched ("Den Haag"), else its own. */
export function placeName(place: PlaceSuggestion): string {
  return place.alias ?? place.name;
}

/**
 * Finds where a postcode or a place name lies, from the embedded PC4 table. The one place
 * resolver of the course finder and the IDO finder.
 *
 * - A postcode ("3511 AB", "3511ab", "3511"): see {@link resolvePostcode} (a finder that
 *   knows the text is a postcode can call it alone, without the place search's code).
 * - A place name must match exactly (case, accents, hyphens and apostrophes aside; other
 *   names such as "Den Bosch" count). Anything else is never silently taken as another
 *   place: it is a problem with a `suggestion`, in this order: a known place followed by
 *   more words ("Amsterdam Noord" → Amsterdam), a name starting with the text ("abc" →
 *   Abcoude), the closest name within a typo or two ("Utreht" → Utrecht), a name with a
 *   word starting with the text.
 */
export function resolvePlace(table: Pc4Table, text: string): PlaceResolution {
  const typed = (text ?? '').trim();
  if (!typed) return { ok: false, problem: { code: 'empty' } };
  if (looksLikePostcode(typed)) return resolvePostcode(table, typed);
  const [best] = searchPlaces(table, typed, 1);
  if (best?.match === 'exact') return { ok: true, place: { lat: best.lat, lon: best.lon, label: placeName(best), kind: 'place' } };
  const suggestion = suggestPlace(table, typed, best);
  return { ok: false, problem: suggestion ? { code: 'unknown-place', text: typed, suggestion } : { code: 'unknown-place', text: typed } };
}

/** The name to offer for a text that names no place exactly (see resolvePlace), if any. */
function suggestPlace(table: Pc4Table, typed: string, best: PlaceSuggestion | undefined): string | undefined {
  const words = typed.split(/[\s\-\u2010-\u2015]+/).filter(Boolean);
  for (let n = words.length - 1; n > 0; n--) {
    const [start] = searchPlaces(table, words.slice(0, n).join(' '), 1);
    if (start?.match === 'exact') return placeName(start);
  }
  if (best?.match === 'prefix') return placeName(best);
  const close = closestPlace(table, typed);
  if (close) return placeName(close);
  return best?.match === 'word' ? placeName(best) : undefined;
}
