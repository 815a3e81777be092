import { distanceKm, lookupPostcode, looksLikePostcode, parsePostcode, searchPlaces, type GeoPoint } from '@digivaardig/core';
import { loadPc4Table } from '@digivaardig/data/pc4';

/** Why a typed place was not found; the element says it in words. */
export interface PlaceProblem {
  readonly code: 'unknown-postcode' | 'postcode-format' | 'unknown-place';
  readonly text: string;
}

/** Where the visitor is, from the postcode or place they typed. */
export interface Origin {
  readonly point: GeoPoint;
  readonly label: string;
}

/** Distances come with the postcode lookup, so a page without a postcode does not load them. */
export { distanceKm };

/**
 * The point of a postcode ("2311 EZ", "2311") or a place name ("Leiden", "Den Bosch"),
 * from the embedded PC4 table. This module and the table load only when a place is typed.
 */
export async function findOrigin(text: string): Promise<{ origin?: Origin; problem?: PlaceProblem }> {
  const value = text.trim();
  const table = await loadPc4Table();
  if (looksLikePostcode(value)) {
    const parsed = parsePostcode(value);
    const found = parsed.ok ? lookupPostcode(table, parsed.pc4) : undefined;
    if (found) return { origin: { point: found, label: `${parsed.ok ? parsed.formatted : value} (${found.place})` } };
    return { problem: parsed.ok ? { code: 'unknown-postcode', text: parsed.formatted } : { code: 'postcode-format', text: value } };
  }
  const [place] = searchPlaces(table, value, 1);
  return place ? { origin: { point: place, label: place.name } } : { problem: { code: 'unknown-place', text: value } };
}
