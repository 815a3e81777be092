import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, distanceKm, haversineKm, isValidPoint } from './distance.js';

const amsterdam = { lat: 52.3731, lon: 4.8922 }; // Dam
const utrecht = { lat: 52.0907, lon: 5.1214 }; // Dom
const leiden = { lat: 52.1601, lon: 4.497 };

describe('distanceKm', () => {
  it('is zero for the same point', () => {
    expect(distanceKm(amsterdam, amsterdam)).toBe(0);
  });

  it('matches known distances between Dutch cities', () => {
    expect(distanceKm(amsterdam, utrecht)).toBeCloseTo(35.0, 0);
    expect(distanceKm(amsterdam, leiden)).toBeCloseTo(35.4, 0);
  });

  it('is symmetric', () => {
    expect(distanceKm(utrecht, leiden)).toBeCloseTo(distanceKm(leiden, utrecht), 12);
  });

  it('gives a quarter circumference from the equator to a pole and half between antipodes', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo((Math.PI / 2) * EARTH_RADIUS_KM, 6);
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    // Haversine is ill-conditioned for exact antipodes; a metre is still far below what matters.
    expect(distanceKm({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 2);
  });

  it('crosses the antimeridian the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo((Math.PI / 180) * EARTH_RADIUS_KM, 6);
  });

  it('uses the mean radius 6371.0088 km: one degree of latitude ≈ 111.195 km', () => {
    expect(distanceKm({ lat: 52, lon: 5 }, { lat: 53, lon: 5 })).toBeCloseTo(111.1951, 3);
  });

  it('clamps rounding noise in the haversine term', () => {
    expect(haversineKm(1 + 1e-15)).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm(-1e-18)).toBe(0);
  });
});

describe('isValidPoint', () => {
  it('accepts finite coordinates in range', () => {
    expect(isValidPoint({ lat: 52, lon: 5 })).toBe(true);
    expect(isValidPoint({ lat: -90, lon: 180 })).toBe(true);
    expect(isValidPoint({ lat: 0, lon: 0 })).toBe(true);
  });

  it.each([null, undefined, 5, {}, { lat: 52 }, { lat: '52', lon: '5' }, { lat: NaN, lon: 5 }, { lat: 91, lon: 5 }, { lat: 52, lon: 181 }, { lat: Infinity, lon: 0 }])(
    'rejects %j',
    (p) => {
      expect(isValidPoint(p)).toBe(false);
    },
  );
});
