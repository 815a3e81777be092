import { describe, expect, it } from 'vitest';
import { distanceKm, type GeoPoint } from './distance.js';
import { createGeoIndex, nearestLocations, type NearestResult } from './nearest.js';
import { prng } from '../../../../test/support/prng.js';


interface Spot {
  id: number;
  lat?: number;
  lon?: number;
}

/** Points in and around the Netherlands, with some duplicates and some without coordinates. */
function randomSpots(random: () => number, n: number): Spot[] {
  const spots: Spot[] = [];
  for (let id = 0; id < n; id++) {
    const r = random();
    if (r < 0.02) spots.push({ id }); // no coordinates
    else if (r < 0.05 && spots.length > 0) {
      const copy = spots[Math.floor(random() * spots.length)]!; // exact duplicate point: a tie
      spots.push({ id, ...(copy.lat === undefined ? {} : { lat: copy.lat, lon: copy.lon! }) });
    } else spots.push({ id, lat: 50.5 + random() * 3.4, lon: 3.0 + random() * 4.6 });
  }
  return spots;
}

/** The obviously correct answer: measure everything, stable-sort, cut. */
function bruteForce<T extends Spot>(items: T[], origin: GeoPoint, limit = Infinity, maxKm = Infinity): NearestResult<T>[] {
  return items
    .map((item, index) => ({ item, index, distanceKm: item.lat === undefined ? NaN : distanceKm(origin, { lat: item.lat, lon: item.lon! }) }))
    .filter((r) => !Number.isNaN(r.distanceKm) && r.distanceKm <= maxKm)
    .sort((a, b) => a.distanceKm - b.distanceKm) // Array.prototype.sort is stable
    .slice(0, limit);
}

const leiden = { lat: 52.1601, lon: 4.497 };

describe('nearestLocations', () => {
  it('matches a brute-force oracle on thousands of seeded random points', () => {
    const random = prng(20260329);
    let queries = 0;
    for (const n of [1, 7, 680, 3000]) {
      const spots = randomSpots(random, n);
      const index = createGeoIndex(spots);
      for (let q = 0; q < 60; q++) {
        // Origins inside, on the edge of and well outside the point cloud.
        const origin = { lat: 49.5 + random() * 5.5, lon: 2 + random() * 7 };
        const limit = [1, 3, 5, 10, 50, 1000, Infinity][q % 7]!;
        const maxKm = [Infinity, 5, 20, 60, 250][q % 5]!;
        const expected = bruteForce(spots, origin, limit, maxKm);
        const actual = index.nearest(origin, { limit, maxDistanceKm: maxKm });
        expect(actual.map((r) => r.index)).toEqual(expected.map((r) => r.index));
        expect(actual.map((r) => r.distanceKm)).toEqual(expected.map((r) => r.distanceKm));
        expect(actual.every((r) => r.item === spots[r.index])).toBe(true);
        queries++;
      }
    }
    expect(queries).toBe(240);
  });

  it('agrees with the oracle for 10,000 points and many small limits', () => {
    const random = prng(7);
    const spots = randomSpots(random, 10_000);
    const index = createGeoIndex(spots);
    for (let q = 0; q < 100; q++) {
      const origin = { lat: 50.7 + random() * 2.9, lon: 3.3 + random() * 3.9 };
      expect(index.nearest(origin, { limit: 10 }).map((r) => r.index)).toEqual(bruteForce(spots, origin, 10).map((r) => r.index));
    }
  });

  it('keeps input order for equal distances', () => {
    const p = { lat: 52, lon: 5 };
    const items = [
      { name: 'c', ...p },
      { name: 'far', lat: 53, lon: 6 },
      { name: 'a', ...p },
      { name: 'b', ...p },
    ];
    expect(nearestLocations(items, p).map((r) => r.item.name)).toEqual(['c', 'a', 'b', 'far']);
    expect(nearestLocations(items, p, { limit: 2 }).map((r) => r.item.name)).toEqual(['c', 'a']);
    // Mirror-image points are equally far, too.
    const mirrored = [
      { name: 'east', lat: 0, lon: 1 },
      { name: 'west', lat: 0, lon: -1 },
    ];
    expect(nearestLocations(mirrored, { lat: 0, lon: 0 }, { limit: 1 }).map((r) => r.item.name)).toEqual(['east']);
  });

  it('skips items without valid coordinates', () => {
    const items = [
      { id: 'none' },
      { id: 'nan', lat: NaN, lon: 4 },
      { id: 'string', lat: '52.1' as unknown as number, lon: 4.5 },
      { id: 'range', lat: 152, lon: 4 },
      { id: 'ok', lat: 52.1, lon: 4.5 },
    ];
    expect(nearestLocations(items, leiden).map((r) => r.item.id)).toEqual(['ok']);
    expect(createGeoIndex(items).skipped).toBe(4);
    expect(createGeoIndex(items).size).toBe(1);
  });

  it('reads points through getPoint', () => {
    const libraries = [
      { name: 'Utrecht', where: { lat: 52.0907, lon: 5.1214 } },
      { name: 'Den Haag', where: { lat: 52.0705, lon: 4.3007 } },
      { name: 'Nergens', where: null },
    ];
    const result = nearestLocations(libraries, leiden, { getPoint: (l) => l.where });
    expect(result.map((r) => r.item.name)).toEqual(['Den Haag', 'Utrecht']);
    expect(result[0]!.distanceKm).toBeCloseTo(distanceKm(leiden, libraries[1]!.where!), 12);
    expect(result[0]!.index).toBe(1);
  });

  it('applies the max distance inclusively', () => {
    const target = { lat: 52.2, lon: 4.5 };
    const exact = distanceKm(leiden, target);
    expect(nearestLocations([target], leiden, { maxDistanceKm: exact })).toHaveLength(1);
    expect(nearestLocations([target], leiden, { maxDistanceKm: exact * (1 - 1e-12) })).toHaveLength(0);
    expect(nearestLocations([leiden], leiden, { maxDistanceKm: 0 })).toHaveLength(1);
  });

  it('treats odd options safely', () => {
    const items = [leiden, { lat: 52.3, lon: 4.9 }];
    expect(nearestLocations(items, leiden, { limit: 0 })).toEqual([]);
    expect(nearestLocations(items, leiden, { limit: -3 })).toEqual([]);
    expect(nearestLocations(items, leiden, { limit: 1.9 })).toHaveLength(1);
    expect(nearestLocations(items, leiden, { limit: NaN })).toHaveLength(2);
    expect(nearestLocations(items, leiden, { maxDistanceKm: -1 })).toEqual([]);
    expect(nearestLocations(items, leiden, { maxDistanceKm: NaN })).toHaveLength(2);
    expect(nearestLocations(items, { lat: NaN, lon: 4 })).toEqual([]);
    expect(nearestLocations([], leiden)).toEqual([]);
  });

  it('handles the whole globe: poles, the antimeridian and caps larger than a hemisphere', () => {
    const random = prng(42);
    const spots: Spot[] = Array.from({ length: 2000 }, (_, id) => ({
      id,
      lat: Math.asin(2 * random() - 1) * (180 / Math.PI),
      lon: -180 + random() * 360,
    }));
    const index = createGeoIndex(spots);
    const origins = [
      { lat: 89.9, lon: 0 },
      { lat: -89.5, lon: 120 },
      { lat: 0, lon: 179.9 },
      { lat: 10, lon: -179.99 },
      { lat: 52, lon: 5 },
    ];
    for (const origin of origins) {
      for (const maxKm of [100, 1500, 12_000, 25_000]) {
        for (const limit of [5, Infinity]) {
          expect(index.nearest(origin, { limit, maxDistanceKm: maxKm }).map((r) => r.index)).toEqual(
            bruteForce(spots, origin, limit, maxKm).map((r) => r.index),
          );
        }
      }
    }
  });

  it('finds the nearest 10 of 10,000 quickly (a linear scan is enough)', () => {
    const spots = randomSpots(prng(1), 10_000);
    const index = createGeoIndex(spots);
    const random = prng(2);
    const runs = 200;
    const start = performance.now();
    for (let q = 0; q < runs; q++) index.nearest({ lat: 51 + random() * 2.5, lon: 3.5 + random() * 3.5 }, { limit: 10 });
    const perQuery = (performance.now() - start) / runs;
    // The goal is ≤ 1 ms; allow slack for slow CI machines.
    expect(perQuery).toBeLessThan(5);
  });
});
