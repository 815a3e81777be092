import { regionsToLoad, type DataReport, type Pc4Table, type RegionQuery } from '@digivaardig/core';
import { demoRegions, loadDemoRegion } from '@digivaardig/data/demo-locations';
import { loadPc4Table, loadPc4TableFor } from '@digivaardig/data/pc4';
import { needsPostcodeTable, prepareLocations, type Location, type PlacedLocation, type PreparedLocations } from '../locations/location.js';
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
 * Loads the locations of `src` (or the demonstration set), places rows without
 * coordinates at their postcode's point, reads their hours and applies the filters.
 * What it had to skip or guess, it tells the webmaster in the console.
 */
export async function loadFinderData(src: string, filter: LocationFilter, { signal, fresh, tag, onReport }: FinderDataOptions): Promise<FinderData> {
  if (!src.trim()) return demoData(filter);
  const { loadLocations } = await arrived(import('../locations/locations-source.js'));
  const rows = await loadLocations(src, signal, tag, fresh, onReport);
  const prepared = prepareLocations(rows, needsPostcodeTable(rows) ? await loadPostcodeTable() : undefined);
  signal.throwIfAborted();
  tellConsole(`<${tag}>`, prepared);
  return {
    places: filterLocations(prepared.placed, filter),
    any: prepared.placed.length > 0,
    demo: rows.some((row) => row.demo === true),
  };
}

/**
 * The demonstration set, region by region: none at first; `widen` fetches what a search
 * needs (core's regionsToLoad: the nearest region, then every neighbour that could hold a
 * nearer location than the ones found), so a search from one postcode loads one or two
 * regions of 1.4–2.2 KB instead of all 342 locations. Calls to `widen` run one after the
 * other, so a region is never added twice.
 */
export function demoData(filter: LocationFilter): FinderData {
  const loaded = new Set<number>();
  let places: readonly PlacedLocation[] = [];
  let any = false;
  let queue: Promise<unknown> = Promise.resolve();
  const step = async (query: RegionQuery | undefined): Promise<boolean> => {
    let grew = false;
    for (;;) {
      const ids = query ? regionsToLoad(query, demoRegions, loaded, places) : demoRegions.map((region) => region.id).filter((id) => !loaded.has(id));
      if (ids.length === 0) return grew;
      // Every region and none loaded yet (a map): the whole set in one file is smaller than its regions.
      const whole = ids.length === demoRegions.length;
      const sets = whole ? [await (await arrived(import('../locations/locations-source.js'))).embeddedLocations()] : await Promise.all(ids.map((id) => arrived(loadDemoRegion(id))));
      const prepared = prepareLocations(sets.flat() as Location[]).placed;
      ids.forEach((id) => loaded.add(id));
      any ||= prepared.length > 0;
      places = [...places, ...filterLocations(prepared, filter)];
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

function tellConsole(tag: string, { byPostcode, unplaced, hoursIssues }: PreparedLocations): void {
  const list = (ids: string[]) => ids.slice(0, 10).join(', ') + (ids.length > 10 ? ` and ${ids.length - 10} more` : '');
  if (byPostcode.length) console.info(`${tag}: placed ${byPostcode.length} location(s) without lat/lon at their postcode's point: ${list(byPostcode)}.`);
  if (unplaced.length) console.warn(`${tag}: skipped ${unplaced.length} location(s) with no lat/lon and no known postcode: ${list(unplaced)}.`);
  if (hoursIssues.length) {
    const detail = hoursIssues.slice(0, 5).map(({ id, issues }) => `${id} (${issues.map((i) => `${i.field} "${i.value}"`).join(', ')})`);
    console.warn(`${tag}: opening hours partly unreadable for ${hoursIssues.length} location(s): ${detail.join('; ')}.`);
  }
}
