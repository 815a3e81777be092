import { loadSource, type DataReport } from '@digivaardig/core';
import { arrived } from '../ido-finder/arrived.js';
import type { Location } from './location.js';

let embedded: Promise<Location[]> | undefined;

/** The embedded demonstration set (one location per municipality), fetched once per page. */
export function embeddedLocations(): Promise<Location[]> {
  embedded ??= arrived(import('@digivaardig/data/data/locations-demo.json'), () => (embedded = undefined)).then(
    (module) => module.default as Location[],
  );
  return embedded;
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
