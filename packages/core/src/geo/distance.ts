/** A point in WGS84 decimal degrees. */
export interface GeoPoint {
  readonly lat: number;
  readonly lon: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** True when `p` has finite coordinates within lat −90…90 and lon −180…180. */
export function isValidPoint(p: unknown): p is GeoPoint {
  if (typeof p !== 'object' || p === null) return false;
  const { lat, lon } = p as { lat?: unknown; lon?: unknown };
  return (
    typeof lat === 'number' &&
    typeof lon === 'number' &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
  );
}

/**
 * The haversine term `a` = sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2) for angles in radians.
 * Distance grows monotonically with `a`, so nearest-neighbour code can compare `a` values
 * and convert only the winners with {@link haversineKm}.
 */
export function haversineA(phi1: number, lambda1: number, cosPhi1: number, phi2: number, lambda2: number, cosPhi2: number): number {
  const sinDPhi = Math.sin((phi2 - phi1) / 2);
  const sinDLambda = Math.sin((lambda2 - lambda1) / 2);
  return sinDPhi * sinDPhi + cosPhi1 * cosPhi2 * sinDLambda * sinDLambda;
}

/** Converts a haversine term `a` into kilometres along the great circle. */
export function haversineKm(a: number): number {
  // Clamp: rounding can push `a` a hair outside 0…1 for (near-)antipodal points.
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, Math.max(0, a))));
}

/**
 * Great-circle distance in kilometres between two points (haversine formula,
 * spherical Earth with R = 6371.0088 km; within about 0.5% of the ellipsoidal distance).
 */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const phi1 = a.lat * RAD;
  const phi2 = b.lat * RAD;
  return haversineKm(haversineA(phi1, a.lon * RAD, Math.cos(phi1), phi2, b.lon * RAD, Math.cos(phi2)));
}
