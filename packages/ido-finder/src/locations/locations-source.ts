import { loadSource, type DataReport } from '@digivaardig/core';
import { loadDemoLocations } from '@digivaardig/data/demo-locations';
import { arrived } from '../ido-finder/arrived.js';
import { loadPostcodeTable, type FinderData, type FinderDataOptions } from '../ido-finder/finder-data.js';
import { filterLocations, type LocationFilter } from '../search/select.js';
import { needsPostcodeTable, prepareLocations, type Location, type PreparedLocations } from './location.js';

/** The embedded demonstration set (one location per municipality), fetched once per page; again after a failure. */
export function embeddedLocations(): Promise<Location[]> {
  return arrived(loadDemoLocations()) as Promise<Location[]>;
}

/**
 * Locations from `src`, read with the location format's preparer (prepare-location.ts,
 * fetched only with `src`), or the embedded demonstration set without it. What was read
 * from `src` goes to `onReport` (the element passes its load context's `report`).
 */
export async function loadLocations(
  src: string,
  signal: AbortSignal,
  tag: string,
  fresh = false,
  onReport?: (report: DataReport) => void,
): Promise<Location[]> {
  const prepare = src.trim() ? (await import('./prepare-location.js')).locationPreparer : undefined;
  return loadSource<Location>(src, 'location', { embedded: embeddedLocations, signal, tag, fresh, prepare, onReport });
}

/**
 * The finder's data from `src`: its rows placed (rows without coordinates at their
 * postcode's point, with the postcode table), their hours read and the filters applied.
 * What it had to skip or guess, it tells the webmaster in the console. In this chunk, with
 * the feed reader, so that a finder with the demonstration set does not load it.
 */
export async function loadSourceData(
  src: string,
  filter: LocationFilter,
  { signal, fresh, tag, onReport }: FinderDataOptions,
  key?: (name: string) => string,
): Promise<FinderData> {
  const rows = await loadLocations(src, signal, tag, fresh, onReport);
  const prepared = prepareLocations(rows, needsPostcodeTable(rows) ? await loadPostcodeTable() : undefined);
  signal.throwIfAborted();
  tellConsole(`<${tag}>`, prepared);
  return {
    places: filterLocations(prepared.placed, filter, key),
    any: prepared.placed.length > 0,
    demo: rows.some((row) => row.demo === true),
  };
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
