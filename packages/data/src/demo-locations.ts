import type { GeoRegion } from '@digivaardig/core';
import regionList from '../data/locations-demo/regions.json';
import { loadOnce } from './postcodes.js';

/**
 * The regions of the demonstration set of help points (data/locations-demo/, written by
 * scripts/build-locations.mjs): one per first digit of the postcode, each with the box
 * around its points, so that a finder fetches only the regions a search needs (core's
 * regionsToLoad) instead of all 342 locations (12.3 KB gzipped; a region is 1.4–2.2 KB).
 */
export const demoRegions: readonly GeoRegion[] = regionList as unknown as GeoRegion[];

const regionFiles: Record<number, () => Promise<{ default: unknown }>> = {
  1: () => import('../data/locations-demo/locations-1.json'),
  2: () => import('../data/locations-demo/locations-2.json'),
  3: () => import('../data/locations-demo/locations-3.json'),
  4: () => import('../data/locations-demo/locations-4.json'),
  5: () => import('../data/locations-demo/locations-5.json'),
  6: () => import('../data/locations-demo/locations-6.json'),
  7: () => import('../data/locations-demo/locations-7.json'),
  8: () => import('../data/locations-demo/locations-8.json'),
  9: () => import('../data/locations-demo/locations-9.json'),
};

/**
 * The demonstration locations of one region (raw records, in the location format), fetched
 * once per page; a fetch that failed is tried again on the next call.
 */
export const loadDemoRegion: (id: number) => Promise<unknown[]> = loadOnce((id: number) => {
  const load = regionFiles[id];
  return load ? load().then((module) => module.default as unknown[]) : Promise.reject(new RangeError(`No demo region ${id}`));
});
