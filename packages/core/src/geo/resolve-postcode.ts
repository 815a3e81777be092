import { findNearbyPostcodeRow, postcodeAt, type Pc4Table } from './pc4-table.js';
import { parsePostcode, type PostcodeError } from './postcode.js';

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

/**
 * Finds where a postcode lies ("3511 AB", "3511ab", "3511"), from the embedded PC4 table or
 * the region of it that holds the postcode. One the table lacks (a PO box such as
 * "1000 AA") takes the point of the nearest postcode number in its hundred, and is
 * labelled with that town. Part of {@link resolvePlace}, in a module of its own so that a
 * postcode search does not load the place-name search.
 */
export function resolvePostcode(table: Pc4Table, text: string): PlaceResolution {
  const typed = (text ?? '').trim();
  if (!typed) return { ok: false, problem: { code: 'empty' } };
  const postcode = parsePostcode(typed);
  if (!postcode.ok) return { ok: false, problem: { code: 'postcode-format', reason: postcode.reason, text: typed } };
  const row = findNearbyPostcodeRow(table, postcode.pc4);
  if (row < 0) return { ok: false, problem: { code: 'unknown-postcode', postcode: postcode.formatted } };
  const found = postcodeAt(table, row);
  return { ok: true, place: { lat: found.lat, lon: found.lon, label: `${postcode.formatted} ${found.place}`, kind: 'postcode' } };
}
