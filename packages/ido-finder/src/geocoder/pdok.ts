import type { Origin, Suggestion } from '../search/origin.js';

/** PDOK Locatieserver (Dutch government, open): used only with geocoder="pdok". */
const BASE = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1';

interface SuggestDoc {
  readonly id?: unknown;
  readonly type?: unknown;
  readonly weergavenaam?: unknown;
}

/** A PDOK suggestion; its point is looked up only when the visitor picks it. */
export interface PdokSuggestion {
  readonly id: string;
  readonly label: string;
  readonly type: string;
}

/**
 * Address, postcode and place suggestions for what the visitor typed. A plain GET with no
 * extra headers (no preflight, no cookies). Throws when PDOK cannot be reached; the finder
 * then keeps to its own postcode table.
 */
export async function pdokSuggest(text: string, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<PdokSuggestion[]> {
  const url = `${BASE}/suggest?q=${encodeURIComponent(text)}&fq=${encodeURIComponent('type:(postcode OR woonplaats OR adres)')}&rows=5`;
  const response = await fetcher(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`PDOK suggest: HTTP ${response.status}`);
  const body = (await response.json()) as { response?: { docs?: SuggestDoc[] } };
  return (body.response?.docs ?? [])
    .filter((doc) => typeof doc.id === 'string' && typeof doc.weergavenaam === 'string')
    .map((doc) => ({ id: doc.id as string, label: doc.weergavenaam as string, type: String(doc.type ?? '') }));
}

/** "POINT(4.4937 52.1601)" → { lat, lon }, or undefined. */
export function parsePoint(wkt: unknown): { lat: number; lon: number } | undefined {
  const m = typeof wkt === 'string' ? /^POINT\(\s*(-?[\d.]+)\s+(-?[\d.]+)\s*\)$/.exec(wkt.trim()) : null;
  if (!m) return undefined;
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  return Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : undefined;
}

/** The point of a chosen PDOK suggestion. */
export async function pdokLookup(suggestion: PdokSuggestion, signal?: AbortSignal, fetcher: typeof fetch = fetch): Promise<Origin> {
  const url = `${BASE}/lookup?id=${encodeURIComponent(suggestion.id)}&fl=${encodeURIComponent('centroide_ll weergavenaam')}`;
  const response = await fetcher(url, { signal, credentials: 'omit' });
  if (!response.ok) throw new Error(`PDOK lookup: HTTP ${response.status}`);
  const body = (await response.json()) as { response?: { docs?: { centroide_ll?: unknown }[] } };
  const point = parsePoint(body.response?.docs?.[0]?.centroide_ll);
  if (!point) throw new Error('PDOK lookup: no point');
  return { ...point, label: suggestion.label, kind: suggestion.type === 'adres' ? 'address' : 'place' };
}

/** A PDOK suggestion as a search-box option (its point follows on choosing). */
export function pdokOption(suggestion: PdokSuggestion): Suggestion & { readonly pdok: PdokSuggestion } {
  return { value: suggestion.label, label: suggestion.label, detail: 'PDOK', origin: { lat: NaN, lon: NaN, label: suggestion.label, kind: 'address' }, pdok: suggestion };
}
