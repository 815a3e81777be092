import { createGeoIndex, isOpenAt, type GeoIndex, type GeoPoint } from '@digivaardig/core';
import type { PlacedLocation } from '../locations/location.js';

/** What the webmaster's attributes ask for. */
export interface LocationFilter {
  /** Only locations offering every one of these services. */
  readonly services?: readonly string[];
  /** Only this library organisation's branches (case, accents and hyphens do not matter). */
  readonly organisation?: string;
}

/** Which order a list is in; the list says so. */
export type ListOrder = 'distance' | 'alphabetical';

export interface RankOptions {
  readonly limit: number;
  readonly maxDistanceKm?: number;
  /** Open locations first (then closed ones), each group by distance. */
  readonly openFirst?: boolean;
  readonly now?: Date | number;
}

export interface RankedLocation {
  readonly place: PlacedLocation;
  /** Distance from the origin, when one is known. */
  readonly distanceKm?: number;
}

export interface Ranking {
  readonly order: ListOrder;
  readonly results: RankedLocation[];
  /** How many locations matched the filter at all (before distance and limit). */
  readonly candidates: number;
}

/**
 * Applies the `services` and `organisation` attributes. Organisation names are compared by
 * `key` (core's matchKey: case, accents and hyphens aside), which the caller fetches only
 * when `organisation` is set (see organisationKey), so a finder without it does not load it.
 */
export function filterLocations(places: readonly PlacedLocation[], filter: LocationFilter, key?: (name: string) => string): PlacedLocation[] {
  const services = (filter.services ?? []).map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (filter.organisation && !key) throw new Error('filterLocations: an organisation needs its key');
  const organisation = filter.organisation ? key!(filter.organisation) : '';
  return places.filter(
    ({ location }) =>
      (!organisation || key!(location.organisation ?? '') === organisation) &&
      services.every((service) => location.services?.includes(service)),
  );
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** All locations by name, A to Z: the list before a place is known. */
export function alphabetical(places: readonly PlacedLocation[]): RankedLocation[] {
  return [...places].sort((a, b) => collator.compare(a.location.name, b.location.name)).map((place) => ({ place }));
}

const indexes = new WeakMap<readonly PlacedLocation[], GeoIndex<PlacedLocation>>();

/**
 * The nearest locations to `origin`, within the max distance, at most `limit`. With
 * `openFirst`, the nearest open ones come first, then the nearest closed ones.
 */
export function rankLocations(places: readonly PlacedLocation[], origin: GeoPoint | undefined, options: RankOptions): Ranking {
  if (!origin) return { order: 'alphabetical', results: alphabetical(places), candidates: places.length };
  let index = indexes.get(places);
  if (!index) {
    index = createGeoIndex(places);
    indexes.set(places, index);
  }
  const near = index.nearest(origin, {
    maxDistanceKm: options.maxDistanceKm,
    limit: options.openFirst ? Infinity : options.limit,
  });
  let ranked = near.map(({ item, distanceKm }) => ({ place: item, distanceKm }));
  if (options.openFirst) {
    const now = options.now ?? Date.now();
    const open = ranked.filter((r) => isOpenAt(r.place.schedule, now));
    ranked = [...open, ...ranked.filter((r) => !open.includes(r))].slice(0, Math.max(0, options.limit));
  }
  return { order: 'distance', results: ranked, candidates: places.length };
}
