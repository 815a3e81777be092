import { loadSource } from '@digivaardig/core';
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

/** Locations from `src`, or the embedded demonstration set without it. */
export function loadLocations(src: string, signal: AbortSignal, tag: string, fresh = false): Promise<Location[]> {
  return loadSource<Location>(src, 'location', { embedded: embeddedLocations, signal, tag, fresh });
}
