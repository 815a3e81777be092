import type { GeoRegion } from '@digivaardig/core';
import cells from '../data/locations-demo-cells.json';
import { fetchData, loadOnce } from './fetch-data.js';

/**
 * The regions of the demonstration set of help points (data/locations-demo/, written by
 * scripts/build-locations.mjs): the cells of a grid of 0.25° latitude by 0.4° longitude
 * (about 28 × 27 km) that hold a location, each a file of its own (0.3–1 KB gzipped), so
 * that a finder fetches only the cells a search needs (core's regionsToLoad) instead of all
 * 342 locations (12.3 KB). A cell's id is row × 100 + column (row = ⌊lat / 0.25⌋, column =
 * ⌊lon / 0.4⌋); its box is the cell itself.
 */
export const demoRegions: readonly GeoRegion[] = (cells as number[]).map((id) => {
  const row = Math.floor(id / 100);
  const column = id % 100;
  // On coordinates × 10,000 (whole numbers), as the build script places each location.
  return { id, box: [(row * 2500) / 1e4, (column * 4000) / 1e4, ((row + 1) * 2500) / 1e4, ((column + 1) * 4000) / 1e4] };
});

/**
 * The demonstration locations of one region (raw records, in the location format), fetched
 * as data once per page; a fetch that failed is made again on the next call.
 */
export const loadDemoRegion: (id: number) => Promise<unknown[]> = loadOnce((id: number) =>
  (cells as number[]).includes(id)
    ? (fetchData(new URL(`../data/locations-demo/${id}.json`, import.meta.url)) as Promise<unknown[]>)
    : Promise.reject(new RangeError(`No demo region ${id}`)),
);

const whole = loadOnce(() => fetchData(new URL('../data/locations-demo.json', import.meta.url)) as Promise<unknown[]>);

/** The whole demonstration set (the map, the A-to-Z list), fetched as data once per page; again after a failure. */
export function loadDemoLocations(): Promise<unknown[]> {
  return whole(undefined);
}
