import {
  closestPlace,
  looksLikePostcode,
  lookupPostcode,
  parsePostcode,
  placeName,
  resolvePlace,
  searchPlaces,
  type Pc4Table,
  type PlaceProblem,
  type ResolvedPlace,
} from '@digivaardig/core';

/**
 * Where the visitor is searching from: a postcode or place (core's resolvePlace, with its
 * one label format: "2311 EZ Leiden", "Den Bosch"), a PDOK address, or the device.
 */
export interface Origin {
  readonly lat: number;
  readonly lon: number;
  /** What the list says: "2311 EZ Leiden", "Den Bosch", or "" for the device ("jouw locatie" when shown). */
  readonly label: string;
  readonly kind: ResolvedPlace['kind'] | 'address' | 'device';
}

/** Why a search text gave no place (core's resolvePlace). */
export type OriginProblem = PlaceProblem;

/** A suggestion in the search box's list. */
export interface Suggestion {
  /** What goes into the box when chosen. */
  readonly value: string;
  /** The option's visible text. */
  readonly label: string;
  /** Where it lies ("Zuid-Holland"), shown quieter. */
  readonly detail: string;
  readonly origin: Origin;
}

/**
 * Suggestions for the search box: postcodes starting with the digits typed (from two
 * digits on), or places and municipalities matching the name typed; when no name matches,
 * the one a typo or two away ("Utreht" → Utrecht).
 */
export function suggest(table: Pc4Table, text: string, limit = 6): Suggestion[] {
  const typed = text.trim();
  if (!typed) return [];
  if (looksLikePostcode(typed)) {
    const digits = typed.replace(/\D/g, '').slice(0, 4);
    if (digits.length < 2) return [];
    const parsed = parsePostcode(typed);
    if (parsed.ok) {
      const result = resolvePlace(table, typed);
      return result.ok ? [{ value: parsed.formatted, label: parsed.formatted, detail: result.place.label.slice(parsed.formatted.length + 1), origin: result.place }] : [];
    }
    const out: Suggestion[] = [];
    for (let row = 0; row < table.count && out.length < limit; row++) {
      const pc4 = String(table.pc4[row]);
      if (!pc4.startsWith(digits)) continue;
      const found = lookupPostcode(table, pc4)!;
      out.push({ value: pc4, label: pc4, detail: found.place, origin: { lat: found.lat, lon: found.lon, label: `${pc4} ${found.place}`, kind: 'postcode' } });
    }
    return out;
  }
  const places = searchPlaces(table, typed, limit);
  const close = places.length ? undefined : closestPlace(table, typed);
  return (close ? [close] : places).map((place) => {
    const name = placeName(place);
    const detail = place.alias ? `${place.name}, ${place.province}` : place.kind === 'municipality' ? `${place.province}` : `${place.municipality === place.name ? '' : `${place.municipality}, `}${place.province}`;
    return { value: name, label: name, detail, origin: { lat: place.lat, lon: place.lon, label: name, kind: 'place' as const } };
  });
}
