import { findNearbyPostcodeRow, postcodeAt, type Pc4Table } from './pc4-table.js';
import { closestPlace, searchPlaces, type PlaceSuggestion } from './place-search.js';
import { looksLikePostcode, parsePostcode, type PostcodeError } from './postcode.js';

/**
 * A place to measure from, found for what a visitor typed (or a finder's `postcode`
 * attribute). The label has one format in every widget: the postcode in its standard
 * notation and the town for a postcode ("3511 Utrecht", "1000 AA Amsterdam"), the name
 * for a place ("Utrecht", or "Den Bosch" when that other name was typed).
 */
export interface ResolvedPlace {
  readonly lat: number;
  readonly lon: number;
  readonly label: string;
  readonly kind: 'postcode' | 'place';
}

/** Why a text gave no place; `suggestion` is a name to offer ("Bedoel je Utrecht?"). */
export type PlaceProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'postcode-format'; readonly reason: PostcodeError; readonly text: string }
  | { readonly code: 'unknown-postcode'; readonly postcode: string }
  | { readonly code: 'unknown-place'; readonly text: string; readonly suggestion?: string };

export type PlaceResolution = { readonly ok: true; readonly place: ResolvedPlace } | { readonly ok: false; readonly problem: PlaceProblem };

/** The name a suggestion is offered by: the other name that matched ("Den Haag"), else its own. */
export function placeName(place: PlaceSuggestion): string {
  return place.alias ?? place.name;
}

/**
 * Finds where a postcode or a place name lies, from the embedded PC4 table. The one place
 * resolver of the course finder and the IDO finder.
 *
 * - A postcode ("3511 AB", "3511ab", "3511") is looked up; one the table lacks (a PO box
 *   such as "1000 AA") takes the point of the nearest postcode number in its hundred, and
 *   is labelled with that town.
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
  if (looksLikePostcode(typed)) {
    const postcode = parsePostcode(typed);
    if (!postcode.ok) return { ok: false, problem: { code: 'postcode-format', reason: postcode.reason, text: typed } };
    const row = findNearbyPostcodeRow(table, postcode.pc4);
    if (row < 0) return { ok: false, problem: { code: 'unknown-postcode', postcode: postcode.formatted } };
    const found = postcodeAt(table, row);
    return { ok: true, place: { lat: found.lat, lon: found.lon, label: `${postcode.formatted} ${found.place}`, kind: 'postcode' } };
  }
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
