import type { DataReport, Pc4Table } from '@digivaardig/core';
import { loadPc4Table, loadPc4TableFor } from '@digivaardig/data/pc4';
import { needsPostcodeTable, prepareLocations, type PlacedLocation, type PreparedLocations } from '../locations/location.js';
import { loadLocations } from '../locations/locations-source.js';
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
