import { describe, expect, it } from 'vitest';
import { distanceKm, type GeoPoint } from './distance.js';
import { distanceToBoxKm, regionsToLoad, type GeoRegion, type RegionQuery } from './regions.js';

/** A seeded generator, so a failure can be run again. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Point extends GeoPoint {
  readonly region: number;
}

/** Points over the Netherlands, put in regions by an irregular rule (as postcode regions are: their boxes overlap). */
function dataset(seed: number, n: number): { points: Point[]; regions: GeoRegion[] } {
  const next = random(seed);
  const points = Array.from({ length: n }, () => {
    const lat = 50.75 + next() * 2.7;
    const lon = 3.4 + next() * 3.8;
    // Bands that are diagonal and wavy, so a region's box is much bigger than the region.
    const region = Math.floor(((lat - 50.75) * 2 + (lon - 3.4) + Math.sin(lon * 3) * 0.6 + 1) / 1.1);
    return { lat, lon, region };
  });
  const ids = [...new Set(points.map((p) => p.region))];
  const regions = ids.map((id) => {
    const own = points.filter((p) => p.region === id);
    const lats = own.map((p) => p.lat);
    const lons = own.map((p) => p.lon);
    return { id, box: [Math.min(...lats), Math.min(...lons), Math.max(...lats), Math.max(...lons)] as const };
  });
  return { points, regions };
}

/** Loads regions as a finder does, until regionsToLoad asks for none; returns what was loaded. */
function loadFor(query: RegionQuery, all: readonly Point[], regions: readonly GeoRegion[], keep: (p: Point) => boolean = () => true) {
  const loaded = new Set<number>();
  let fetches = 0;
  for (;;) {
    const points = all.filter((p) => loaded.has(p.region) && keep(p));
    const next = regionsToLoad(query, regions, loaded, points);
    if (next.length === 0) return { loaded, points, fetches };
    next.forEach((id) => loaded.add(id));
    fetches++;
  }
}

const nearestKm = (origin: GeoPoint, points: readonly GeoPoint[], count: number, maxKm = Infinity) =>
  points
    .map((p) => distanceKm(origin, p))
    .filter((km) => km <= maxKm)
    .sort((a, b) => a - b)
    .slice(0, count);

describe('distanceToBoxKm', () => {
  it('is 0 inside the box, and a lower bound of the distance to any point in it', () => {
    const box = [52, 4.5, 52.5, 5.5] as const;
    expect(distanceToBoxKm({ lat: 52.2, lon: 5 }, box)).toBe(0);
    const next = random(7);
    for (let i = 0; i < 500; i++) {
      const from = { lat: 50.5 + next() * 3.5, lon: 3 + next() * 4.5 };
      const inside = { lat: 52 + next() * 0.5, lon: 4.5 + next() };
      expect(distanceToBoxKm(from, box)).toBeLessThanOrEqual(distanceKm(from, inside));
    }
  });
});

describe('regionsToLoad', () => {
  it('starts with the one nearest region, and asks for nothing once every region is loaded', () => {
    const regions: GeoRegion[] = [
      { id: 1, box: [52, 4, 53, 5] },
      { id: 2, box: [51, 5, 52, 6] },
    ];
    const query = { origin: { lat: 52.5, lon: 4.5 }, count: 5 };
    expect(regionsToLoad(query, regions, new Set(), [])).toEqual([1]);
    expect(regionsToLoad(query, regions, new Set([1, 2]), [])).toEqual([]);
  });

  it('loads a neighbouring region when the nearest points may lie across the border', () => {
    const regions: GeoRegion[] = [
      { id: 1, box: [52, 4, 53, 5] },
      { id: 2, box: [52, 5, 53, 6] },
    ];
    // Searching at 4.99° E, right by the border: the one point loaded (4.1° E) is farther than region 2's edge.
    const query = { origin: { lat: 52.5, lon: 4.99 }, count: 1 };
    expect(regionsToLoad(query, regions, new Set([1]), [{ lat: 52.5, lon: 4.1 }])).toEqual([2]);
    // A point close by: region 2 cannot hold a nearer one.
    expect(regionsToLoad({ ...query, origin: { lat: 52.5, lon: 4.5 } }, regions, new Set([1]), [{ lat: 52.5, lon: 4.52 }])).toEqual([]);
  });

  it('with a maximum distance, loads only the regions within it', () => {
    const regions: GeoRegion[] = [
      { id: 1, box: [52, 4, 53, 5] },
      { id: 2, box: [52, 5.5, 53, 6] },
    ];
    const query = { origin: { lat: 52.5, lon: 4.5 }, count: 5, maxDistanceKm: 10 };
    expect(regionsToLoad(query, regions, new Set([1]), [])).toEqual([]);
    expect(regionsToLoad({ ...query, maxDistanceKm: 80 }, regions, new Set([1]), [])).toEqual([2]);
  });

  it('gives the same nearest points as the whole set, from 2,000 origins, with filters and distances', () => {
    const { points, regions } = dataset(42, 600);
    expect(regions.length).toBeGreaterThan(4);
    const next = random(99);
    let borderCases = 0;
    let partial = 0;
    for (let i = 0; i < 2000; i++) {
      const origin = { lat: 50.6 + next() * 3, lon: 3.2 + next() * 4.2 };
      const count = 1 + Math.floor(next() * 12);
      const maxDistanceKm = next() < 0.3 ? 5 + next() * 60 : undefined;
      const keep = next() < 0.3 ? (p: Point) => p.lat * 1000 % 3 < 1 : () => true;
      const query = { origin, count, maxDistanceKm };
      const { loaded, points: found } = loadFor(query, points, regions, keep);
      const wanted = nearestKm(origin, points.filter(keep), count, maxDistanceKm);
      expect(nearestKm(origin, found, count, maxDistanceKm)).toEqual(wanted);
      if (loaded.size > 1) borderCases++;
      if (loaded.size < regions.length) partial++;
    }
    // The test means something: many searches needed a neighbour, and most did not need everything.
    expect(borderCases).toBeGreaterThan(200);
    expect(partial).toBeGreaterThan(1000);
  });
});
