import { EARTH_RADIUS_KM, haversineA, haversineKm, isValidPoint, type GeoPoint } from './distance.js';

/** Reads an item's point; return null/undefined (or an invalid point) to skip the item. */
export type PointGetter<T> = (item: T) => GeoPoint | null | undefined;

export interface NearestQuery {
  /** At most this many results (default: all). 0 or less gives none. */
  readonly limit?: number;
  /** Only items at most this far away, inclusive (default: no limit). Negative gives none. */
  readonly maxDistanceKm?: number;
}

export interface NearestOptions<T> extends NearestQuery {
  /** Where an item is; by default its own `lat` and `lon` properties. */
  readonly getPoint?: PointGetter<T>;
}

export interface NearestResult<T> {
  readonly item: T;
  /** Great-circle distance from the origin, in km. */
  readonly distanceKm: number;
  /** The item's position in the input array. */
  readonly index: number;
}

/** A set of points prepared for repeated nearest-neighbour queries. */
export interface GeoIndex<T> {
  /** Number of items with a valid point. */
  readonly size: number;
  /** Number of items skipped for a missing or invalid point. */
  readonly skipped: number;
  /** Items nearest to `origin`, closest first; equal distances keep input order. */
  nearest(origin: GeoPoint, query?: NearestQuery): NearestResult<T>[];
}

const RAD = Math.PI / 180;
// Relative slack on prefilter bounds so floating-point rounding never drops a true candidate;
// the exact comparison happens afterwards.
const SLACK = 1 + 1e-9;

const ownPoint = <T>(item: T): GeoPoint | undefined => {
  if (typeof item !== 'object' || item === null) return undefined;
  const { lat, lon } = item as { lat?: unknown; lon?: unknown };
  return { lat: lat as number, lon: lon as number };
};

/**
 * Prepares `items` for nearest-neighbour queries: converts each valid point to radians
 * and precomputes cos(lat) once, so a query costs two sines per candidate.
 * A linear scan: at the sizes that matter (hundreds to ~10,000 locations) it is well under
 * a millisecond and needs no index structure or dependency.
 */
export function createGeoIndex<T>(items: readonly T[], getPoint: PointGetter<T> = ownPoint): GeoIndex<T> {
  const n = items.length;
  const phi = new Float64Array(n);
  const lambda = new Float64Array(n);
  const cosPhi = new Float64Array(n);
  const source = new Int32Array(n);
  let size = 0;
  for (let i = 0; i < n; i++) {
    const p = getPoint(items[i] as T);
    if (!isValidPoint(p)) continue;
    phi[size] = p.lat * RAD;
    lambda[size] = p.lon * RAD;
    cosPhi[size] = Math.cos(phi[size]!);
    source[size] = i;
    size++;
  }

  return {
    size,
    skipped: n - size,
    nearest(origin, query = {}) {
      if (!isValidPoint(origin)) return [];
      const limit = query.limit === undefined || Number.isNaN(query.limit) ? Infinity : Math.floor(query.limit);
      const maxKm = query.maxDistanceKm === undefined || Number.isNaN(query.maxDistanceKm) ? Infinity : query.maxDistanceKm;
      if (limit <= 0 || maxKm < 0 || size === 0) return [];

      const phi0 = origin.lat * RAD;
      const lambda0 = origin.lon * RAD;
      const cos0 = Math.cos(phi0);

      // Static bounding box of the search cap (only with a max distance). The latitude band is
      // exact because a great-circle distance is never less than the latitude difference; the
      // longitude band is the cap's true extent when the cap does not reach a pole.
      const delta = maxKm / EARTH_RADIUS_KM; // angular radius
      const capIsWhole = delta >= Math.PI;
      const aMax = capIsWhole ? Infinity : Math.sin(delta / 2) ** 2 * SLACK;
      const latBand = capIsWhole ? Infinity : delta * SLACK;
      const lonBand =
        capIsWhole || Math.abs(phi0) + delta >= Math.PI / 2 ? Infinity : Math.asin(Math.min(1, Math.sin(delta) / cos0)) * SLACK;

      const selector = limit < size ? new TopK(limit) : null;
      const all: number[] = [];
      const allA: number[] = [];
      let band = latBand;

      for (let j = 0; j < size; j++) {
        const dPhi = Math.abs(phi[j]! - phi0);
        if (dPhi > band) continue;
        if (lonBand !== Infinity) {
          let dLambda = Math.abs(lambda[j]! - lambda0);
          if (dLambda > Math.PI) dLambda = 2 * Math.PI - dLambda;
          if (dLambda > lonBand) continue;
        }
        // Same argument order as distanceKm(origin, point), so results match it bit for bit.
        const a = haversineA(phi0, lambda0, cos0, phi[j]!, lambda[j]!, cosPhi[j]!);
        if (a > aMax) continue;
        if (selector) {
          if (selector.offer(a, j)) {
            // Once k candidates are held, nothing farther (in latitude alone) than the
            // current k-th can win: tighten the band to prune most remaining points cheaply.
            const worst = selector.worstA();
            if (worst !== Infinity) band = Math.min(latBand, 2 * Math.asin(Math.min(1, Math.sqrt(worst))) * SLACK);
          }
        } else {
          all.push(j);
          allA.push(a);
        }
      }

      const picked = selector ? selector.sorted() : sortByDistance(all, allA);
      const results: NearestResult<T>[] = [];
      for (const { j, a } of picked) {
        const distanceKm = haversineKm(a);
        if (distanceKm > maxKm) break; // sorted, so everything after is farther still
        const index = source[j]!;
        results.push({ item: items[index] as T, distanceKm, index });
      }
      return results;
    },
  };
}

/**
 * The items nearest to `origin` by great-circle distance, closest first (ties keep input
 * order), at most `limit` and within `maxDistanceKm`. Items without a valid point are
 * skipped. For repeated queries over the same items, build a {@link createGeoIndex} once.
 */
export function nearestLocations<T>(items: readonly T[], origin: GeoPoint, options: NearestOptions<T> = {}): NearestResult<T>[] {
  return createGeoIndex(items, options.getPoint).nearest(origin, options);
}

function sortByDistance(js: number[], as: number[]): { j: number; a: number }[] {
  // js ascends already, so comparing j breaks ties by input order.
  return js.map((j, i) => ({ j, a: as[i]! })).sort((x, y) => x.a - y.a || x.j - y.j);
}

/**
 * Keeps the k smallest (a, j) pairs seen, sorted: a new one is put in its place and the
 * worst falls off. k is a list's length (5 by default, at most 100) and, after the first
 * few, hardly any point beats the current k-th, so this costs no more than a heap here and
 * is smaller code (it ships with every finder).
 */
class TopK {
  private readonly items: { j: number; a: number }[] = [];

  constructor(private readonly k: number) {}

  /** The k-th smallest `a` held, or Infinity while fewer than k are held. */
  worstA(): number {
    return this.items.length < this.k ? Infinity : this.items[this.k - 1]!.a;
  }

  /** Offers a candidate (offered in ascending j); returns true if it was kept. */
  offer(a: number, j: number): boolean {
    const items = this.items;
    // Equal `a` with a later j loses the tie, so only strictly smaller values enter.
    if (!(a < this.worstA())) return false;
    // After every entry with the same `a`: j ascends, so ties keep input order.
    let at = items.length;
    while (at > 0 && items[at - 1]!.a > a) at--;
    items.splice(at, 0, { j, a });
    if (items.length > this.k) items.pop();
    return true;
  }

  sorted(): { j: number; a: number }[] {
    return this.items;
  }
}
