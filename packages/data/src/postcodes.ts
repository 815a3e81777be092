import { decodePc4Region, looksLikePostcode, type Pc4Table } from '@digivaardig/core';
import { fetchData, loadOnce } from './fetch-data.js';

export { loadOnce } from './fetch-data.js';

/**
 * The embedded four-digit postcode table (© GeoNames, CC BY 4.0, bewerkt), whole (about
 * 28 KB gzipped, data/pc4.json) or one region at a time: the postcodes of one hundred, with
 * the same first two digits (0.5–1.2 KB each, data/pc4/10.json … 99.json, written by
 * scripts/build-pc4.mjs; every hundred has one). Each is fetched as data once per page,
 * when first needed; a fetch that failed is made again on the next call.
 */
const once = loadOnce((hundred: number) =>
  hundred
    ? fetchData(new URL(`../data/pc4/${hundred}.json`, import.meta.url)).then(decodePc4Region)
    : // The whole table's decoder (packed columns) comes with it, in a chunk of its own: a
      // postcode search decodes its region without it.
      Promise.all([fetchData(new URL('../data/pc4.json', import.meta.url)), import('./pc4-whole.js')]).then(([json, { decodePc4Table }]) => decodePc4Table(json)),
);

/** The whole table (every postcode, place and municipality): what place-name search needs. */
export function loadPc4Table(): Promise<Pc4Table> {
  return once(0);
}

/**
 * The region of the table that holds a four-digit postcode ("2311", 2311, "2311 EZ", or
 * just its first two digits): the postcodes of its hundred (2300–2399), with their places.
 * A PO box's nearest postcode in its hundred (core's findNearbyPostcodeRow) is always in it.
 */
export function loadPc4Region(postcode: string | number): Promise<Pc4Table> {
  const hundred = /^[1-9]\d/.exec(String(postcode).trim())?.[0];
  return hundred ? once(Number(hundred)) : Promise.reject(new RangeError(`PC4 table: no region for "${postcode}"`));
}

/** No postcodes: what a postcode-like text without a region needs ("2", "0123": both too short or not valid, whatever the table). */
const none: Pc4Table = {
  count: 0,
  pc4: new Uint16Array(),
  lat: new Float64Array(),
  lon: new Float64Array(),
  rowPlace: new Int32Array(),
  morePlaces: new Map(),
  places: [],
  municipalities: [],
  provinces: [],
  attribution: '',
  source: '',
  licence: '',
};

/**
 * The smallest part of the table that answers `text` with core's resolvePlace: the region
 * of a postcode ("2311 EZ", "23"); no postcodes at all for a start without one ("2",
 * "0123": resolvePlace rejects those before looking); else the whole table (a place name).
 */
export function loadPc4TableFor(text: string): Promise<Pc4Table> {
  const typed = text.trim();
  if (!looksLikePostcode(typed)) return loadPc4Table();
  return /^[1-9]\d/.test(typed) ? loadPc4Region(typed) : Promise.resolve(none);
}
