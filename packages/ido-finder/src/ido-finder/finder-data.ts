import { regionsToLoad, type DataReport, type Pc4Table, type RegionQuery } from '@digivaardig/core';
import { demoRegions, loadDemoRegion } from '@digivaardig/data/demo-locations';
import { loadPc4Table, loadPc4TableFor } from '@digivaardig/data/pc4';
import { prepareLocations, type Location, type PlacedLocation } from '../locations/location.js';
import { filterLocations, type LocationFilter } from '../search/select.js';
import { arrived } from './arrived.js';

/** What the finder loads: its locations, placed and filtered. */
export interface FinderData {
  /**
   * The locations that pass `services` and `organisation`; undefined while not loaded (a
   * list-only finder loads them with the visitor's first search).
   */
  readonly places?: readonly PlacedLocation[];
  /** Some location was loaded at all, before the filters (says which empty message fits). */
  readonly any: boolean;
  /** The embedded demonstration set: the finder shows its "Voorbeeldgegevens" note. */
  readonly demo: boolean;
  /**
   * The demonstration set comes in regions (see widenDemo): loads the regions a
   * nearest-locations search for `query` needs, or every region without a query (the map,
   * the A-to-Z list, open ones first). Resolves true when `places` grew.
   */
  readonly widen?: (query?: RegionQuery) => Promise<boolean>;
}

export interface FinderDataOptions {
  readonly signal: AbortSignal;
  /** Skip caches ("Probeer opnieuw"). */
  readonly fresh: boolean;
  /** The element's tag, for the console. */
  readonly tag: string;
  /** Gets what was read from `src` (the element passes its load context's `report`). */
  readonly onReport?: (report: DataReport) => void;
}

/**
 * Loads the locations of `src` (locations-source.ts, fetched only with `src`), or the
 * demonstration set.
 */
export async function loadFinderData(src: string, filter: LocationFilter, options: FinderDataOptions): Promise<FinderData> {
  const key = filter.organisation ? (await arrived(import('../search/organisation-key.js'))).matchKey : undefined;
  return src.trim() ? (await arrived(import('../locations/locations-source.js'))).loadSourceData(src, filter, options, key) : demoData(filter, key);
}

/**
 * The demonstration set, region by region: none at first; `widen` fetches what a search
 * needs (core's regionsToLoad: the nearest region, then every neighbour that could hold a
 * nearer location than the ones found), so a search from one postcode loads a few regions
 * of 0.3–1 KB instead of all 342 locations (12.3 KB). Calls to `widen` run one after the
 * other, so a location is never added twice.
 */
export function demoData(filter: LocationFilter, key?: (name: string) => string): FinderData {
  const loaded = new Set<number>();
  let places: readonly PlacedLocation[] = [];
  let any = false;
  let queue: Promise<unknown> = Promise.resolve();
  /** The ids of the locations loaded so far (before the filter). */
  const seen = new Set<string>();
  const step = async (query: RegionQuery | undefined): Promise<boolean> => {
    let grew = false;
    for (;;) {
      const ids = query ? regionsToLoad(query, demoRegions, loaded, places) : demoRegions.map((region) => region.id).filter((id) => !loaded.has(id));
      if (ids.length === 0) return grew;
      // Every region left (a map, the A-to-Z list, open ones first), or more than a dozen (a
      // search far and wide, about as many bytes): the whole set in one file, not dozens of
      // requests; the locations already here are left out of it.
      const whole = query ? ids.length > 12 : ids.length > 1;
      const sets = whole ? [await (await arrived(import('../locations/locations-source.js'))).embeddedLocations()] : await Promise.all(ids.map((id) => arrived(loadDemoRegion(id))));
      const fresh = (sets.flat() as Location[]).filter((location) => !seen.has(location.id));
      fresh.forEach((location) => seen.add(location.id));
      const prepared = prepareLocations(fresh).placed;
      (whole ? demoRegions.map((region) => region.id) : ids).forEach((id) => loaded.add(id));
      any ||= prepared.length > 0;
      places = [...places, ...filterLocations(prepared, filter, key)];
      grew = true;
    }
  };
  return {
    get places() {
      return places;
    },
    get any() {
      return any;
    },
    demo: true,
    widen(query) {
      const next = queue.then(() => step(query));
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

/** The embedded postcode table (fetched once per page); not arriving, a network problem. */
export function loadPostcodeTable(): Promise<Pc4Table> {
  return arrived(loadPc4Table());
}

/**
 * The part of the postcode table a search text needs: the region of a postcode ("2311 EZ"
 * loads the postcodes starting with 2), the whole table for a place name.
 */
export function loadPostcodeTableFor(text: string): Promise<Pc4Table> {
  return arrived(loadPc4TableFor(text));
}
