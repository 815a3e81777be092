import type { Localize } from '@digivaardig/core';
/*
 * The finder's search-and-results part, loaded by the element with its data or with the
 * visitor's first search (one chunk, see engine-loader.ts): the location and postcode
 * data, placing and filtering, ranking, opening-hours texts and the results list. The
 * element's own chunk is then only the search box and the shell, which keeps a page with
 * `map="none"` small.
 */
import { formatDistance, looksLikePostcode, resolvePostcode, type Locale, type Pc4Table, type PlaceResolution } from '@digivaardig/core';
import type { PlacedLocation } from '../locations/location.js';
import { openText } from '../present/hours-text.js';
import type { Suggestion } from '../search/origin.js';
import { arrived } from './arrived.js';

export { loadFinderData, loadPostcodeTable, loadPostcodeTableFor } from './finder-data.js';
export { isolateIn, looksLikePostcode } from '@digivaardig/core';
export { rankLocations } from '../search/select.js';
export { resultsList } from './results-list.js';
export { suggestionButton } from './suggestion.js';
export { resultStyles } from './results.styles.js';

/** The place-name search (search/suggest-places.ts): its own chunk, fetched for a name only. */
const names = () => arrived(import('../search/suggest-places.js'));

/**
 * The search box's suggestions for `text`, each kind from its own chunk, fetched when the
 * visitor types (a finder's first list needs neither): postcodes (search/origin.ts), place
 * names (search/suggest-places.ts).
 */
export async function suggest(table: Pc4Table, text: string): Promise<Suggestion[]> {
  const typed = text.trim();
  if (!typed) return [];
  return looksLikePostcode(typed) ? (await arrived(import('../search/origin.js'))).suggestPostcodes(table, typed) : (await names()).suggestPlaces(table, typed);
}

/** Where `text` lies (core's resolvePlace); a postcode without loading the place-name search. */
export async function resolveText(table: Pc4Table, text: string): Promise<PlaceResolution> {
  return looksLikePostcode(text.trim()) ? resolvePostcode(table, text) : (await names()).resolvePlace(table, text);
}

/** Prints one location's details (print-view.ts, fetched when the visitor asks to print). */
export async function printLocation(t: Localize, place: PlacedLocation): Promise<void> {
  (await arrived(import('./print-view.js'))).printLocation(t, place);
}

/** A marker's accessible name: "Bibliotheek Leiden, 2,3 km, Nu open, tot 17.00". */
export function markerLabel(t: Localize, place: PlacedLocation, km: number | undefined): string {
  const locale = t.locale;
  const open = openText(t, place.schedule);
  return [place.location.name, km !== undefined ? formatDistance(km, locale) : '', open.state === 'unknown' ? '' : open.status]
    .filter(Boolean)
    .join(', ');
}
