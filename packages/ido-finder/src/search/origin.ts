import {
  looksLikePostcode,
  lookupPostcode,
  parsePostcode,
  searchPlaces,
  type PostcodeError,
  type Pc4Table,
} from '@digivaardig/core';

/** Where the visitor is searching from. */
export interface Origin {
  readonly lat: number;
  readonly lon: number;
  /** What the list says: "2311 EZ Leiden", "Den Bosch", "jouw locatie". */
  readonly label: string;
  readonly kind: 'postcode' | 'place' | 'address' | 'device';
}

/** Why a search text gave no place. */
export type OriginProblem =
  | { readonly code: 'postcode-format'; readonly reason: PostcodeError }
  | { readonly code: 'unknown-postcode'; readonly postcode: string }
  | { readonly code: 'unknown-place'; readonly text: string }
  | { readonly code: 'empty' };

export type OriginResult = { readonly ok: true; readonly origin: Origin } | { readonly ok: false; readonly problem: OriginProblem };

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
 * Turns what the visitor typed into a point, from the embedded postcode table: a postcode
 * ("2311 EZ", "2311ez", "2311") or a place or municipality name ("leiden", "Den Bosch").
 */
export function resolveOrigin(table: Pc4Table, text: string): OriginResult {
  const typed = text.trim();
  if (!typed) return { ok: false, problem: { code: 'empty' } };
  if (looksLikePostcode(typed)) {
    const postcode = parsePostcode(typed);
    if (!postcode.ok) return { ok: false, problem: { code: 'postcode-format', reason: postcode.reason } };
    const found = lookupPostcode(table, postcode.pc4);
    if (!found) return { ok: false, problem: { code: 'unknown-postcode', postcode: postcode.formatted } };
    return { ok: true, origin: { lat: found.lat, lon: found.lon, label: `${postcode.formatted} ${found.place}`, kind: 'postcode' } };
  }
  const [best] = searchPlaces(table, typed, 1);
  if (!best) return { ok: false, problem: { code: 'unknown-place', text: typed } };
  return { ok: true, origin: { lat: best.lat, lon: best.lon, label: best.alias ?? best.name, kind: 'place' } };
}

/**
 * Suggestions for the search box: postcodes starting with the digits typed (from two
 * digits on), or places and municipalities matching the name typed.
 */
export function suggest(table: Pc4Table, text: string, limit = 6): Suggestion[] {
  const typed = text.trim();
  if (!typed) return [];
  if (looksLikePostcode(typed)) {
    const digits = typed.replace(/\D/g, '').slice(0, 4);
    if (digits.length < 2) return [];
    const parsed = parsePostcode(typed);
    if (parsed.ok) {
      const result = resolveOrigin(table, typed);
      return result.ok ? [{ value: parsed.formatted, label: parsed.formatted, detail: result.origin.label.slice(parsed.formatted.length + 1), origin: result.origin }] : [];
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
  return searchPlaces(table, typed, limit).map((place) => {
    const name = place.alias ?? place.name;
    const detail = place.alias ? `${place.name}, ${place.province}` : place.kind === 'municipality' ? `${place.province}` : `${place.municipality === place.name ? '' : `${place.municipality}, `}${place.province}`;
    return { value: name, label: name, detail, origin: { lat: place.lat, lon: place.lon, label: name, kind: 'place' as const } };
  });
}
