import { decodePc4Table, looksLikePostcode, type Pc4Table } from '@digivaardig/core';

/**
 * The embedded four-digit postcode table (© GeoNames, CC BY 4.0, bewerkt), whole (about
 * 28 KB gzipped) or one region at a time: the postcodes with the same first digit (3–5 KB
 * each, data/pc4/pc4-1.json … pc4-9.json, written by scripts/build-pc4.mjs). Each is fetched once
 * per page, when first needed; a fetch that failed is tried again on the next call.
 */
const regionFiles: Record<number, () => Promise<{ default: unknown }>> = {
  1: () => import('../data/pc4/pc4-1.json'),
  2: () => import('../data/pc4/pc4-2.json'),
  3: () => import('../data/pc4/pc4-3.json'),
  4: () => import('../data/pc4/pc4-4.json'),
  5: () => import('../data/pc4/pc4-5.json'),
  6: () => import('../data/pc4/pc4-6.json'),
  7: () => import('../data/pc4/pc4-7.json'),
  8: () => import('../data/pc4/pc4-8.json'),
  9: () => import('../data/pc4/pc4-9.json'),
};

/**
 * `load` once per key, the promise shared by every caller; a load that failed is
 * forgotten, so that the next call fetches again (a page that went offline for a moment
 * is not left without postcodes).
 */
export function loadOnce<K, T>(load: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const loaded = new Map<K, Promise<T>>();
  return (key) => {
    let value = loaded.get(key);
    if (!value) {
      value = load(key);
      loaded.set(key, value);
      value.catch(() => loaded.delete(key));
    }
    return value;
  };
}

const once = loadOnce((digit: number) => (digit === 0 ? import('../data/pc4.json') : regionFiles[digit]!()).then((module) => decodePc4Table(module.default)));

/** The whole table (every postcode, place and municipality): what place-name search needs. */
export function loadPc4Table(): Promise<Pc4Table> {
  return once(0);
}

/**
 * The region of the table that holds a four-digit postcode ("2311", 2311, "2311 EZ"): the
 * postcodes with its first digit, with their places. A PO box's nearest postcode in its
 * hundred (core's findNearbyPostcodeRow) is always in the same region.
 */
export function loadPc4Region(postcode: string | number): Promise<Pc4Table> {
  const digit = Number(String(postcode).trim()[0]);
  return regionFiles[digit] ? once(digit) : Promise.reject(new RangeError(`PC4 table: no region for "${postcode}"`));
}

/**
 * The smallest part of the table that answers `text` with core's resolvePlace: the region
 * of a postcode ("2311 EZ", "23"), else the whole table (a place name).
 */
export function loadPc4TableFor(text: string): Promise<Pc4Table> {
  const typed = text.trim();
  return looksLikePostcode(typed) && /^[1-9]/.test(typed) ? loadPc4Region(typed) : loadPc4Table();
}
