import { lookupPostcode, parsePostcode, resolvePostcode, type Pc4Table, type PlaceProblem, type ResolvedPlace } from '@digivaardig/core';

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
 * Suggestions for a postcode in the search box: postcodes starting with the digits typed
 * (from two digits on), or the one postcode typed in full. The table may be the region
 * holding the postcode. Place names: see suggest-places.ts (loaded only for a name).
 */
export function suggestPostcodes(table: Pc4Table, typed: string, limit = 6): Suggestion[] {
  const digits = typed.replace(/\D/g, '').slice(0, 4);
  if (digits.length < 2) return [];
  const parsed = parsePostcode(typed);
  if (parsed.ok) {
    const result = resolvePostcode(table, typed);
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
