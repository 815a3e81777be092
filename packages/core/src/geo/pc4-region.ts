import type { Pc4Table, Pc4TableJson } from './pc4-table.js';

/**
 * One region of the postcode table as stored in JSON (data/pc4/10.json … 99.json, written
 * by packages/data/scripts/build-pc4.mjs): the postcodes of one hundred, with the fields
 * of {@link Pc4TableJson}, but with plain lists of numbers instead of packed columns. The
 * row columns (`pc4`, `lat`, `lon`, `place`) hold the first value, then each difference to
 * the one before; the others hold their values. A region is a few dozen rows: plain lists
 * are as small after gzip there, and a postcode search needs no Rice decoder.
 */
export interface Pc4RegionJson
  extends Omit<Pc4TableJson, 'format' | 'pc4' | 'lat' | 'lon' | 'place' | 'placeMunicipality' | 'municipalityCodes' | 'municipalityProvince' | 'provinceCodes'> {
  readonly format: 'digivaardig-pc4-region';
  readonly pc4: readonly number[];
  readonly lat: readonly number[];
  readonly lon: readonly number[];
  readonly place: readonly number[];
  readonly placeMunicipality: readonly number[];
  readonly municipalityCodes: readonly number[];
  readonly municipalityProvince: readonly number[];
  readonly provinceCodes: readonly number[];
}

/** Undoes the differences of a row column, into `out` (scaled by `scale`). */
function sums<T extends Float64Array | Uint16Array | Int32Array>(values: readonly number[], out: T, scale = 1): T {
  let sum = 0;
  values.forEach((value, i) => (out[i] = (sum += value) / scale));
  return out;
}

/**
 * Decodes one region of the postcode table (see {@link Pc4RegionJson}) into a table that
 * the lookups (lookupPostcode, findNearbyPostcodeRow, resolvePostcode…) read like the whole
 * one. Our own files, checked by the data package's tests row by row against the whole
 * table: this checks the format and the lengths only (the whole table's decoder,
 * decodePc4Table, checks every value).
 */
export function decodePc4Region(json: unknown): Pc4Table {
  const t = json as Pc4RegionJson;
  const count = t?.pc4?.length;
  if (t?.format !== 'digivaardig-pc4-region' || t.version !== 1 || [t.lat, t.lon, t.place].some((column) => column?.length !== count)) {
    throw new Error('PC4 table: not a version-1 region');
  }
  const provinces = t.provinces.split('|').map((name, i) => ({ name, code: `PV${String(t.provinceCodes[i]).padStart(2, '0')}` }));
  const municipalities = t.municipalities.split('|').map((name, i) => ({
    name,
    code: `GM${String(t.municipalityCodes[i]).padStart(4, '0')}`,
    province: t.municipalityProvince[i]!,
  }));
  const places = t.places.split('|').map((name, i) => {
    const municipality = t.placeMunicipality[i]!;
    return { name: name || municipalities[municipality]!.name, municipality };
  });
  return {
    count,
    pc4: sums(t.pc4, new Uint16Array(count)),
    lat: sums(t.lat, new Float64Array(count), t.scale),
    lon: sums(t.lon, new Float64Array(count), t.scale),
    rowPlace: sums(t.place, new Int32Array(count)),
    morePlaces: new Map(t.morePlaces.map(([row, ...ids]) => [row!, ids])),
    places,
    municipalities,
    provinces,
    attribution: t.attribution,
    source: t.source,
    licence: t.licence,
    ...(t.licenceUrl === undefined ? {} : { licenceUrl: t.licenceUrl }),
  };
}
