import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePc4Table, distanceKm, regionsToLoad, type GeoPoint } from '@digivaardig/core';
import { demoRegions, loadDemoLocations, loadDemoRegion } from './demo-locations.js';

interface Demo extends GeoPoint {
  readonly id: string;
  readonly postcode: string;
}

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const whole: Demo[] = read('../data/locations-demo.json');
const byRegion = new Map<number, Demo[]>(demoRegions.map((region) => [region.id, read(`../data/locations-demo/${region.id}.json`)]));
const pc4 = decodePc4Table(read('../data/pc4.json'));

const nearest = (origin: GeoPoint, points: readonly Demo[], count: number, maxKm = Infinity) =>
  points
    .map((point) => ({ id: point.id, km: distanceKm(origin, point) }))
    .filter(({ km }) => km <= maxKm)
    .sort((a, b) => a.km - b.km || a.id.localeCompare(b.id))
    .slice(0, count);

describe('the demonstration set in regions (data/locations-demo/)', () => {
  it('holds every location once, in the grid cell of its point, inside its box', () => {
    const all = [...byRegion.values()].flat();
    expect(all.map((l) => l.id).sort()).toEqual(whole.map((l) => l.id).sort());
    expect(all).toEqual(expect.arrayContaining(whole));
    for (const { id, box } of demoRegions) {
      expect(byRegion.get(id)!.length, `${id}`).toBeGreaterThan(0);
      for (const location of byRegion.get(id)!) {
        expect(Math.floor(location.lat / 0.25) * 100 + Math.floor(location.lon / 0.4)).toBe(id);
        expect(location.lat >= box[0] && location.lon >= box[1] && location.lat <= box[2] && location.lon <= box[3]).toBe(true);
        // The box is the cell: 0.25° by 0.4°.
        expect([box[2] - box[0], box[3] - box[1]].map((side) => Math.round(side * 1e6) / 1e6)).toEqual([0.25, 0.4]);
      }
    }
  });

  it('gives the nearest locations of the whole set from every postcode, loading regions as a finder does', () => {
    let regionsLoaded = 0;
    let searches = 0;
    let acrossBorders = 0;
    const regionOf = new Map([...byRegion].flatMap(([id, locations]) => locations.map((l) => [l.id, id] as const)));
    // Every third postcode of the country (1,357 places to search from), four kinds of search.
    for (let row = 0; row < pc4.count; row += 3) {
      const origin = { lat: pc4.lat[row]!, lon: pc4.lon[row]! };
      for (const [count, maxDistanceKm] of [[5, undefined], [1, undefined], [10, undefined], [5, 10]] as const) {
        const loaded = new Set<number>();
        let points: Demo[] = [];
        for (;;) {
          const next = regionsToLoad({ origin, count, maxDistanceKm }, demoRegions, loaded, points);
          if (next.length === 0) break;
          for (const id of next) {
            loaded.add(id);
            points = [...points, ...byRegion.get(id)!];
          }
        }
        const wanted = nearest(origin, whole, count, maxDistanceKm);
        expect(nearest(origin, points, count, maxDistanceKm), `${pc4.pc4[row]} ${count}`).toEqual(wanted);
        searches++;
        regionsLoaded += loaded.size;
        if (new Set(wanted.map((n) => regionOf.get(n.id))).size > 1) acrossBorders++;
      }
    }
    // Most searches find locations in more than one cell (the split is really tested), and a
    // search loads a few cells of 64.
    expect(acrossBorders).toBeGreaterThan(searches / 2);
    expect(regionsLoaded / searches).toBeLessThan(6);
  }, 30000);

  it('loads a region, and the whole set, as the data of their files', async () => {
    const [id] = demoRegions.map((region) => region.id);
    expect(await loadDemoRegion(id!)).toEqual(byRegion.get(id!));
    expect(await loadDemoLocations()).toEqual(whole);
    await expect(loadDemoRegion(0)).rejects.toThrow(RangeError);
    await expect(loadDemoRegion(id! + 0.5)).rejects.toThrow(RangeError);
  });
});
