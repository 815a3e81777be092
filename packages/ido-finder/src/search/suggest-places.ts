import { closestPlace, looksLikePostcode, placeName, searchPlaces, type Pc4Table } from '@digivaardig/core';
import { suggestPostcodes, type Suggestion } from './origin.js';

/*
 * The place-name half of the search (core's place search, its typo distance and names):
 * a chunk of its own, loaded when a visitor types a name, not a postcode.
 */
export { resolvePlace } from '@digivaardig/core';

/**
 * Suggestions for the search box: postcodes starting with the digits typed (from two
 * digits on), or places and municipalities matching the name typed; when no name matches,
 * the one a typo or two away ("Utreht" → Utrecht).
 */
export function suggest(table: Pc4Table, text: string, limit = 6): Suggestion[] {
  const typed = text.trim();
  if (!typed) return [];
  return looksLikePostcode(typed) ? suggestPostcodes(table, typed, limit) : suggestPlaces(table, typed, limit);
}

/** Places and municipalities for a name (see suggest). */
export function suggestPlaces(table: Pc4Table, typed: string, limit = 6): Suggestion[] {
  const places = searchPlaces(table, typed, limit);
  const close = places.length ? undefined : closestPlace(table, typed);
  return (close ? [close] : places).map((place) => {
    const name = placeName(place);
    const detail = place.alias ? `${place.name}, ${place.province}` : place.kind === 'municipality' ? `${place.province}` : `${place.municipality === place.name ? '' : `${place.municipality}, `}${place.province}`;
    return { value: name, label: name, detail, origin: { lat: place.lat, lon: place.lon, label: name, kind: 'place' as const } };
  });
}
