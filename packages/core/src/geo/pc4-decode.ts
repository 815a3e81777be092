import { unpackInts } from './packed-ints.js';
import type { Pc4Table, Pc4TableJson } from './pc4-table.js';

/*
 * The decoder of the whole table (packed columns, every value checked): a module of its
 * own, so that a postcode search, which needs only a region (pc4-region.ts) and the
 * lookups (pc4-table.ts), does not load it.
 */

const FORMAT = 'digivaardig-pc4';

function fail(message: string): never {
  throw new Error(`PC4 table: ${message}`);
}

function checkIndices(values: ArrayLike<number>, size: number, what: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= size) fail(`${what} index out of range`);
  }
}

/**
 * Decodes the JSON of the embedded postcode table (see {@link Pc4TableJson}).
 * Throws an Error naming the problem when the data is not a valid version-1 table.
 */
export function decodePc4Table(json: unknown): Pc4Table {
  if (typeof json !== 'object' || json === null) fail('not an object');
  const t = json as Pc4TableJson;
  if (t.format !== FORMAT) fail(`format is not "${FORMAT}"`);
  if (t.version !== 1) fail(`unsupported version ${String(t.version)}`);
  if (!Number.isInteger(t.count) || t.count < 0 || !(t.scale > 0)) fail('bad count or scale');

  const provinceNames = t.provinces.split('|');
  const provinceCodes = unpackInts(t.provinceCodes);
  const municipalityNames = t.municipalities.split('|');
  const municipalityCodes = unpackInts(t.municipalityCodes);
  const municipalityProvince = unpackInts(t.municipalityProvince);
  const placeNames = t.places.split('|');
  const placeMunicipality = unpackInts(t.placeMunicipality);
  if (provinceCodes.length !== provinceNames.length) fail('province columns differ in length');
  if (municipalityCodes.length !== municipalityNames.length || municipalityProvince.length !== municipalityNames.length) {
    fail('municipality columns differ in length');
  }
  if (placeMunicipality.length !== placeNames.length) fail('place columns differ in length');
  checkIndices(municipalityProvince, provinceNames.length, 'province');
  checkIndices(placeMunicipality, municipalityNames.length, 'municipality');

  const provinces = provinceNames.map((name, i) => ({ name, code: `PV${String(provinceCodes[i]).padStart(2, '0')}` }));
  const municipalities = municipalityNames.map((name, i) => ({
    name,
    code: `GM${String(municipalityCodes[i]).padStart(4, '0')}`,
    province: municipalityProvince[i]!,
  }));
  const places = placeNames.map((name, i) => {
    const municipality = placeMunicipality[i]!;
    return { name: name === '' ? municipalities[municipality]!.name : name, municipality };
  });

  const pc4 = Uint16Array.from(unpackInts(t.pc4));
  const lat = unpackInts(t.lat);
  const lon = unpackInts(t.lon);
  const rowPlace = Int32Array.from(unpackInts(t.place));
  if ([pc4, lat, lon, rowPlace].some((column) => column.length !== t.count)) fail('row columns differ from count');
  checkIndices(rowPlace, places.length, 'place');
  for (let i = 0; i < t.count; i++) {
    if (pc4[i]! < 1000 || (i > 0 && pc4[i]! <= pc4[i - 1]!)) fail('postcodes not ascending four-digit numbers');
    lat[i] = lat[i]! / t.scale;
    lon[i] = lon[i]! / t.scale;
  }

  const morePlaces = new Map<number, readonly number[]>();
  for (const [row, ...ids] of t.morePlaces) {
    if (row === undefined || !Number.isInteger(row) || row < 0 || row >= t.count) fail('morePlaces row out of range');
    checkIndices(ids, places.length, 'place');
    morePlaces.set(row, ids);
  }

  return {
    count: t.count,
    pc4,
    lat,
    lon,
    rowPlace,
    morePlaces,
    places,
    municipalities,
    provinces,
    attribution: t.attribution,
    source: t.source,
    licence: t.licence,
    ...(t.licenceUrl === undefined ? {} : { licenceUrl: t.licenceUrl }),
  };
}
