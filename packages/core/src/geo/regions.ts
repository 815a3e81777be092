import { distanceKm, type GeoPoint } from './distance.js';

/** A part of a data set that is fetched on its own, with the box around its points. */
export interface GeoRegion<Id = number> {
  readonly id: Id;
  /** [south, west, north, east] in degrees: every point of the region lies within. */
  readonly box: readonly [number, number, number, number];
}

/** What a nearest-locations search asks for. */
export interface RegionQuery {
  readonly origin: GeoPoint;
  /** How many nearest points the search shows. */
  readonly count: number;
  /** Only points at most this far away (km). */
  readonly maxDistanceKm?: number;
}

/**
 * A lower bound of the distance in km from `point` to any point in `box` (0 inside it).
 * The nearest point of the box is taken with latitude and longitude each clamped, which
 * on a sphere can be a hair farther than the truly nearest one (well under 0.1% at a
 * country's scale); 1% is taken off so the bound never overshoots.
 */
export function distanceToBoxKm(point: GeoPoint, box: GeoRegion<unknown>['box']): number {
  const [south, west, north, east] = box;
  const nearest = { lat: Math.min(north, Math.max(south, point.lat)), lon: Math.min(east, Math.max(west, point.lon)) };
  return distanceKm(point, nearest) * 0.99;
}

/**
 * Which regions to fetch next so that a nearest-points search from `query.origin` is
 * right, given the regions already `loaded` and the `points` they hold (only those the
 * search can show, after any filter). Call it again after each fetch until it returns
 * none: then no region left out can hold a point nearer than the `count`-th nearest
 * loaded one (or within `maxDistanceKm`, when fewer are found).
 *
 * - Fewer than `count` points and no maximum distance: the one nearest region not yet
 *   loaded (step by step outwards, not the whole set at once).
 * - Otherwise every region not yet loaded whose box comes within the search radius: the
 *   `count`-th nearest distance found so far, or `maxDistanceKm` if that is smaller.
 */
export function regionsToLoad<Id>(
  query: RegionQuery,
  regions: readonly GeoRegion<Id>[],
  loaded: ReadonlySet<Id>,
  points: readonly GeoPoint[],
): Id[] {
  const left = regions.filter((region) => !loaded.has(region.id)).map((region) => ({ id: region.id, km: distanceToBoxKm(query.origin, region.box) }));
  if (left.length === 0) return [];
  const count = Math.max(1, Math.floor(query.count));
  let radius = query.maxDistanceKm ?? Infinity;
  if (points.length >= count) {
    const distances = points.map((point) => distanceKm(query.origin, point)).sort((a, b) => a - b);
    radius = Math.min(radius, distances[count - 1]!);
  }
  if (radius === Infinity) {
    const nearest = left.reduce((best, region) => (region.km < best.km ? region : best));
    return [nearest.id];
  }
  return left.filter((region) => region.km <= radius).map((region) => region.id);
}
