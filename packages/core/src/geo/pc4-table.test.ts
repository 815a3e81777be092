import { describe, expect, it } from 'vitest';
import { unpackInts, type PackedInts } from './packed-ints.js';
import { decodePc4Table, findPostcodeRow, lookupPostcode, postcodeAt, type Pc4TableJson } from './pc4-table.js';

// A second, independent writer of the format (the real one is packages/data/scripts/build-pc4.mjs),
// so these tests pin the format down rather than just the decoder.
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function pack(values: readonly number[], k = 3): PackedInts {
  let bits = '';
  for (let i = 1; i < values.length; i++) {
    const d = values[i]! - values[i - 1]!;
    const u = d < 0 ? -2 * d - 1 : 2 * d;
    bits += '1'.repeat(Math.floor(u / 2 ** k)) + '0' + (k ? (u % 2 ** k).toString(2).padStart(k, '0') : '');
  }
  bits = bits.padEnd(Math.ceil(bits.length / 6) * 6, '0');
  let data = '';
  for (let i = 0; i < bits.length; i += 6) data += B64[parseInt(bits.slice(i, i + 6), 2)];
  return { n: values.length, first: values[0] ?? 0, k, data };
}

interface Row {
  pc4: number;
  lat: number;
  lon: number;
  places: string[];
  gm: [number, string];
  pv: [number, string];
}

function encode(rows: Row[]): Pc4TableJson {
  const provinces: [number, string][] = [];
  const municipalities: { code: number; name: string; province: number }[] = [];
  const places: { name: string; municipality: number }[] = [];
  const indexOf = <T>(list: T[], same: (x: T) => boolean, make: () => T) => {
    const i = list.findIndex(same);
    return i >= 0 ? i : list.push(make()) - 1;
  };
  const rowPlace: number[] = [];
  const morePlaces: number[][] = [];
  rows.forEach((row, r) => {
    const province = indexOf(provinces, (p) => p[0] === row.pv[0], () => row.pv);
    const municipality = indexOf(municipalities, (m) => m.code === row.gm[0], () => ({ code: row.gm[0], name: row.gm[1], province }));
    const ids = row.places.map((name) => indexOf(places, (p) => p.name === name && p.municipality === municipality, () => ({ name, municipality })));
    rowPlace.push(ids[0]!);
    if (ids.length > 1) morePlaces.push([r, ...ids.slice(1)]);
  });
  return {
    format: 'digivaardig-pc4',
    version: 1,
    attribution: '© GeoNames (www.geonames.org), CC BY 4.0, bewerkt',
    source: 'test',
    licence: 'CC BY 4.0',
    scale: 10000,
    count: rows.length,
    places: places.map((p) => (p.name === municipalities[p.municipality]!.name ? '' : p.name)).join('|'),
    municipalities: municipalities.map((m) => m.name).join('|'),
    provinces: provinces.map((p) => p[1]).join('|'),
    pc4: pack(rows.map((r) => r.pc4)),
    lat: pack(rows.map((r) => Math.round(r.lat * 1e4)), 8),
    lon: pack(rows.map((r) => Math.round(r.lon * 1e4)), 9),
    place: pack(rowPlace, 0),
    placeMunicipality: pack(places.map((p) => p.municipality), 1),
    municipalityCodes: pack(municipalities.map((m) => m.code), 10),
    municipalityProvince: pack(municipalities.map((m) => m.province), 2),
    provinceCodes: pack(provinces.map((p) => p[0]), 2),
    morePlaces,
  };
}

const ZH: [number, string] = [28, 'Zuid-Holland'];
const NB: [number, string] = [30, 'Noord-Brabant'];
const rows: Row[] = [
  { pc4: 1012, lat: 52.3735, lon: 4.8951, places: ['Amsterdam'], gm: [363, 'Amsterdam'], pv: [27, 'Noord-Holland'] },
  { pc4: 2311, lat: 52.1601, lon: 4.4942, places: ['Leiden'], gm: [546, 'Leiden'], pv: ZH },
  { pc4: 2312, lat: 52.1556, lon: 4.4815, places: ['Leiden'], gm: [546, 'Leiden'], pv: ZH },
  { pc4: 2491, lat: 52.069, lon: 4.3886, places: ["'s-Gravenhage"], gm: [518, "'s-Gravenhage"], pv: ZH },
  { pc4: 5674, lat: 51.4608, lon: 5.5572, places: ['Nuenen', 'Mierlo'], gm: [820, 'Nuenen, Gerwen en Nederwetten'], pv: NB },
  { pc4: 9999, lat: 53.4, lon: 6.8, places: ['Stitswerd'], gm: [1966, 'Het Hogeland'], pv: [20, 'Groningen'] },
];

describe('unpackInts', () => {
  it('round-trips deltas of any sign and size with any k', () => {
    const values = [523710, 523735, 523600, 523600, 535000, 507500, -3, 0, 40_000];
    for (const k of [0, 1, 5, 8, 12, 20]) expect(Array.from(unpackInts(pack(values, k)))).toEqual(values);
    // Beyond 32 bits: the decoder must not use bitwise operators on values.
    const big = [0, 2 ** 33, -(2 ** 33)];
    expect(Array.from(unpackInts(pack(big, 24)))).toEqual(big);
  });

  it('handles empty and single-value columns', () => {
    expect(unpackInts({ n: 0, first: 0, k: 0, data: '' })).toHaveLength(0);
    expect(Array.from(unpackInts({ n: 1, first: 42, k: 3, data: '' }))).toEqual([42]);
  });

  it('rejects truncated or foreign data', () => {
    const good = pack([1, 100, 200], 2);
    expect(() => unpackInts({ ...good, data: good.data.slice(0, 1) })).toThrow(/ends early/);
    expect(() => unpackInts({ ...good, data: '!!!!!!!!' })).toThrow(/base64url/);
    expect(() => unpackInts({ ...good, k: -1 })).toThrow(/header/);
    expect(() => unpackInts({ ...good, n: 1.5 })).toThrow(/header/);
  });
});

describe('decodePc4Table and lookupPostcode', () => {
  const table = decodePc4Table(encode(rows));

  it('decodes every row exactly', () => {
    expect(table.count).toBe(rows.length);
    rows.forEach((row, i) => {
      expect(postcodeAt(table, i)).toEqual({
        pc4: String(row.pc4),
        lat: row.lat,
        lon: row.lon,
        place: row.places[0],
        places: row.places,
        municipality: row.gm[1],
        municipalityCode: `GM${String(row.gm[0]).padStart(4, '0')}`,
        province: row.pv[1],
        provinceCode: `PV${row.pv[0]}`,
      });
    });
  });

  it('looks postcodes up by string or number', () => {
    expect(lookupPostcode(table, '2311')).toMatchObject({ place: 'Leiden', municipality: 'Leiden', province: 'Zuid-Holland' });
    expect(lookupPostcode(table, 2312)?.lat).toBe(52.1556);
    expect(lookupPostcode(table, ' 9999 ')?.municipalityCode).toBe('GM1966');
    expect(lookupPostcode(table, '1012')?.lon).toBe(4.8951);
  });

  it('returns undefined for postcodes it does not have', () => {
    for (const missing of ['2313', '1000', '0000', '12345', '23', '', 'abcd', 2311.5, -1]) expect(lookupPostcode(table, missing)).toBeUndefined();
    expect(findPostcodeRow(table, 1011)).toBe(-1);
    expect(findPostcodeRow(table, 1012)).toBe(0);
    expect(findPostcodeRow(table, 9999)).toBe(rows.length - 1);
  });

  it('keeps attribution and licence', () => {
    expect(table.attribution).toContain('GeoNames');
    expect(table.licence).toBe('CC BY 4.0');
  });

  it('throws a clear error for data that is not a table', () => {
    const good = encode(rows);
    expect(() => decodePc4Table(null)).toThrow(/not an object/);
    expect(() => decodePc4Table({ ...good, format: 'other' })).toThrow(/format/);
    expect(() => decodePc4Table({ ...good, version: 2 })).toThrow(/version 2/);
    expect(() => decodePc4Table({ ...good, count: 5 })).toThrow(/count/);
    expect(() => decodePc4Table({ ...good, places: good.places + '|Extra' })).toThrow(/place columns/);
    expect(() => decodePc4Table({ ...good, place: pack([0, 0, 0, 0, 0, 99], 0) })).toThrow(/place index/);
    expect(() => decodePc4Table({ ...good, pc4: pack([1012, 2311, 2311, 2491, 5674, 9999]) })).toThrow(/ascending/);
    expect(() => decodePc4Table({ ...good, morePlaces: [[99, 0]] })).toThrow(/morePlaces/);
  });

  it('refuses rows outside the table', () => {
    expect(() => postcodeAt(table, rows.length)).toThrow(RangeError);
    expect(() => postcodeAt(table, -1)).toThrow(RangeError);
  });
});
