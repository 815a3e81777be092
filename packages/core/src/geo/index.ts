export { EARTH_RADIUS_KM, distanceKm, isValidPoint, type GeoPoint } from './distance.js';
export {
  createGeoIndex,
  nearestLocations,
  type GeoIndex,
  type NearestOptions,
  type NearestQuery,
  type NearestResult,
  type PointGetter,
} from './nearest.js';
export { distanceToBoxKm, regionsToLoad, type GeoRegion, type RegionQuery } from './regions.js';
export { looksLikePostcode, parsePostcode, type PostcodeError, type PostcodeResult } from './postcode.js';
export {
  decodePc4Region,
  decodePc4Table,
  findNearbyPostcodeRow,
  findPostcodeRow,
  lookupPostcode,
  postcodeAt,
  rowPlaces,
  type Pc4Location,
  type Pc4Municipality,
  type Pc4Place,
  type Pc4Province,
  type Pc4RegionJson,
  type Pc4Table,
  type Pc4TableJson,
} from './pc4-table.js';
export type { PackedInts } from './packed-ints.js';
export { PLACE_ALIASES, matchKey, normalizeName } from './place-names.js';
export { closestPlace, searchPlaces, type PlaceMatch, type PlaceSuggestion } from './place-search.js';
export { placeName, resolvePlace, type PlaceProblem, type PlaceResolution, type ResolvedPlace } from './resolve-place.js';
export { resolvePostcode } from './resolve-postcode.js';
