import { describe, expect, it } from 'vitest';
import { distanceKm, isOpenAt } from '@digivaardig/core';
import { prepareLocations, type Location } from '../locations/location.js';
import { matchKey } from './organisation-key.js';
import { alphabetical, filterLocations, rankLocations } from './select.js';

const leiden = { lat: 52.1601, lon: 4.497 };
const rows: Location[] = [
  { id: 'utrecht', name: 'Utrecht', organisation: 'Bibliotheek Utrecht', lat: 52.0907, lon: 5.1214, services: ['digid', 'uwv'], hours: { mo: '09:00-17:00' } },
  { id: 'leiden', name: 'Leiden', organisation: 'BplusC', lat: 52.1593, lon: 4.4912, services: ['digid'], hours: { tu: '09:00-17:00' } },
  { id: 'oegstgeest', name: 'Oegstgeest', organisation: 'BplusC', lat: 52.1811, lon: 4.475, services: ['digid', 'uwv', 'cjib'], hours: { mo: '09:00-17:00' } },
  { id: 'den-haag', name: "'s-Gravenhage", organisation: 'Bibliotheek Den Haag', lat: 52.0705, lon: 4.3007, services: [] },
  { id: 'amsterdam', name: 'Amsterdam', organisation: 'OBA', lat: 52.3731, lon: 4.8922, services: ['digid', 'uwv'], hours: { mo: '09:00-17:00' } },
];
const places = prepareLocations(rows).placed;
// Monday 1 December 2025, 10:00 in Amsterdam (09:00 UTC): open where Monday has hours.
const mondayMorning = Date.UTC(2025, 11, 1, 9, 0);

describe('filterLocations', () => {
  it('keeps locations offering every service asked for', () => {
    expect(filterLocations(places, { services: ['uwv'] }).map((p) => p.location.id)).toEqual(['utrecht', 'oegstgeest', 'amsterdam']);
    expect(filterLocations(places, { services: ['uwv', 'cjib'] }).map((p) => p.location.id)).toEqual(['oegstgeest']);
    expect(filterLocations(places, { services: [' DigiD '] })).toHaveLength(4);
  });

  it('matches the organisation regardless of case, accents and hyphens', () => {
    expect(filterLocations(places, { organisation: 'bplusc' }, matchKey).map((p) => p.location.id)).toEqual(['leiden', 'oegstgeest']);
    expect(filterLocations(places, { organisation: 'Bibliotheek-den haag' }, matchKey).map((p) => p.location.id)).toEqual(['den-haag']);
    expect(filterLocations(places, { organisation: 'nobody' }, matchKey)).toEqual([]);
    // Never an organisation silently left unfiltered.
    expect(() => filterLocations(places, { organisation: 'bplusc' })).toThrow(/organisation/);
  });
});

describe('rankLocations', () => {
  it('lists A to Z (Dutch collation) before a place is known', () => {
    const ranking = rankLocations(places, undefined, { limit: 2 });
    expect(ranking.order).toBe('alphabetical');
    expect(ranking.results.map((r) => r.place.location.name)).toEqual(["'s-Gravenhage", 'Amsterdam', 'Leiden', 'Oegstgeest', 'Utrecht']);
    expect(alphabetical(places)).toHaveLength(5);
  });

  it('lists the nearest first, within the limit and the max distance', () => {
    const ranking = rankLocations(places, leiden, { limit: 3 });
    expect(ranking.order).toBe('distance');
    expect(ranking.results.map((r) => r.place.location.id)).toEqual(['leiden', 'oegstgeest', 'den-haag']);
    expect(ranking.results[0]!.distanceKm).toBeCloseTo(distanceKm(leiden, rows[1] as { lat: number; lon: number }), 9);
    expect(rankLocations(places, leiden, { limit: 10, maxDistanceKm: 5 }).results.map((r) => r.place.location.id)).toEqual(['leiden', 'oegstgeest']);
    expect(rankLocations(places, { lat: 53.4, lon: 6.8 }, { limit: 5, maxDistanceKm: 10 }).results).toEqual([]);
  });

  it('puts the nearest open locations first on request, then the closed ones, each by distance', () => {
    const ranking = rankLocations(places, leiden, { limit: 4, openFirst: true, now: mondayMorning });
    const ids = ranking.results.map((r) => r.place.location.id);
    expect(ids).toEqual(['oegstgeest', 'amsterdam', 'utrecht', 'leiden']);
    expect(ranking.results.slice(0, 3).every((r) => isOpenAt(r.place.schedule, mondayMorning))).toBe(true);
  });
});
