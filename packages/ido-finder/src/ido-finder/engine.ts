/*
 * The finder's search-and-results part, loaded by the element with its data or with the
 * visitor's first search (one chunk, see engine-loader.ts): the location and postcode
 * data, placing and filtering, ranking, opening-hours texts and the results list. The
 * element's own chunk is then only the search box and the shell, which keeps a page with
 * `map="none"` small.
 */
import { formatDistance, type Locale } from '@digivaardig/core';
import type { PlacedLocation } from '../locations/location.js';
import { openText } from '../present/hours-text.js';

export { loadFinderData, loadPostcodeTable, loadPostcodeTableFor } from './finder-data.js';
export { suggest } from '../search/origin.js';
export { looksLikePostcode, resolvePlace } from '@digivaardig/core';
export { rankLocations } from '../search/select.js';
export { resultsList } from './results-list.js';
export { suggestionButton } from './suggestion.js';
export { printLocation } from './print-view.js';
export { resultStyles } from './results.styles.js';

/** A marker's accessible name: "Bibliotheek Leiden, 2,3 km, Nu open, tot 17.00". */
export function markerLabel(place: PlacedLocation, km: number | undefined, locale: Locale): string {
  const open = openText(place.schedule, locale);
  return [place.location.name, km !== undefined ? formatDistance(km, locale) : '', open.state === 'unknown' ? '' : open.status]
    .filter(Boolean)
    .join(', ');
}
