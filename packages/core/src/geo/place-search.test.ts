import { describe, expect, it } from 'vitest';
import type { Pc4Table } from './pc4-table.js';
import { searchPlaces } from './place-search.js';

interface Row {
  pc4: number;
  lat: number;
  lon: number;
  places: string[];
  gm: string;
}

// Municipality name → [CBS code, province]. Small, but with the cases that matter.
const MUNICIPALITIES: Record<string, [string, string]> = {
  Leiden: ['GM0546', 'Zuid-Holland'],
  "'s-Gravenhage": ['GM0518', 'Zuid-Holland'],
  "'s-Hertogenbosch": ['GM0796', 'Noord-Brabant'],
  Hengelo: ['GM0164', 'Overijssel'],
  Bronckhorst: ['GM1876', 'Gelderland'],
  'Súdwest-Fryslân': ['GM1900', 'Fryslân'],
  Dantumadiel: ['GM1891', 'Fryslân'],
  Leiderdorp: ['GM0547', 'Zuid-Holland'],
  Elburg: ['GM0230', 'Gelderland'],
  Zuidplas: ['GM1892', 'Zuid-Holland'],
  Noordenveld: ['GM1699', 'Drenthe'],
  'Bergen (NH.)': ['GM0373', 'Noord-Holland'],
};

const ROWS: Row[] = [
  { pc4: 1861, lat: 52.6669, lon: 4.7003, places: ['Bergen (NH)'], gm: 'Bergen (NH.)' },
  { pc4: 1865, lat: 52.6617, lon: 4.6322, places: ['Bergen aan Zee'], gm: 'Bergen (NH.)' },
  { pc4: 2311, lat: 52.1601, lon: 4.4942, places: ['Leiden'], gm: 'Leiden' },
  { pc4: 2312, lat: 52.1556, lon: 4.4815, places: ['Leiden'], gm: 'Leiden' },
  { pc4: 2313, lat: 52.1612, lon: 4.4771, places: ['Leiden'], gm: 'Leiden' },
  { pc4: 2351, lat: 52.1623, lon: 4.5414, places: ['Leiderdorp'], gm: 'Leiderdorp' },
  { pc4: 2491, lat: 52.069, lon: 4.3886, places: ["'s-Gravenhage"], gm: "'s-Gravenhage" },
  { pc4: 2511, lat: 52.078, lon: 4.318, places: ["'s-Gravenhage"], gm: "'s-Gravenhage" },
  { pc4: 2771, lat: 52.0258, lon: 4.5977, places: ['Zevenhuizen'], gm: 'Zuidplas' },
  { pc4: 5211, lat: 51.6923, lon: 5.2999, places: ["'s-Hertogenbosch"], gm: "'s-Hertogenbosch" },
  { pc4: 5241, lat: 51.7143, lon: 5.3592, places: ['Rosmalen'], gm: "'s-Hertogenbosch" },
  { pc4: 7255, lat: 52.1064, lon: 6.3166, places: ['Hengelo (Gld)'], gm: 'Bronckhorst' },
  { pc4: 7551, lat: 52.2659, lon: 6.7921, places: ['Hengelo'], gm: 'Hengelo' },
  { pc4: 8051, lat: 52.4146, lon: 5.8357, places: ["'t Harde"], gm: 'Elburg' },
  { pc4: 8601, lat: 53.0334, lon: 5.6596, places: ['Sneek'], gm: 'Súdwest-Fryslân' },
  { pc4: 8701, lat: 52.9664, lon: 5.5218, places: ['Bolsward'], gm: 'Súdwest-Fryslân' },
  { pc4: 9104, lat: 53.2946, lon: 5.9942, places: ['Damwâld'], gm: 'Dantumadiel' },
  { pc4: 9354, lat: 53.1193, lon: 6.3547, places: ['Nieuw-Roden', 'Zevenhuizen'], gm: 'Noordenveld' },
];

/** Builds a decoded table directly (the JSON format is tested in pc4-table.test.ts). */
function tableOf(rows: Row[]): Pc4Table {
  const names = Object.keys(MUNICIPALITIES);
  const provinceNames = [...new Set(Object.values(MUNICIPALITIES).map(([, p]) => p))];
  const places: { name: string; municipality: number }[] = [];
  const placeId = (name: string, municipality: number) => {
    const i = places.findIndex((p) => p.name === name && p.municipality === municipality);
    return i >= 0 ? i : places.push({ name, municipality }) - 1;
  };
  const rowPlace: number[] = [];
  const morePlaces = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const ids = row.places.map((name) => placeId(name, names.indexOf(row.gm)));
    rowPlace.push(ids[0]!);
    if (ids.length > 1) morePlaces.set(i, ids.slice(1));
  });
  return {
    count: rows.length,
    pc4: Uint16Array.from(rows, (r) => r.pc4),
    lat: Float64Array.from(rows, (r) => r.lat),
    lon: Float64Array.from(rows, (r) => r.lon),
    rowPlace: Int32Array.from(rowPlace),
    morePlaces,
    places,
    municipalities: names.map((name) => ({ name, code: MUNICIPALITIES[name]![0], province: provinceNames.indexOf(MUNICIPALITIES[name]![1]) })),
    provinces: provinceNames.map((name, i) => ({ name, code: `PV${20 + i}` })),
    attribution: 'test',
    source: 'test',
    licence: 'CC BY 4.0',
  };
}

const table = tableOf(ROWS);
const names = (query: string, limit?: number) => searchPlaces(table, query, limit).map((s) => s.name);

describe('searchPlaces', () => {
  it('finds a place ignoring case, accents, apostrophes and hyphens', () => {
    expect(names('leiden')[0]).toBe('Leiden');
    expect(names('LEIDEN')[0]).toBe('Leiden');
    expect(names('  Leiden ')[0]).toBe('Leiden');
    expect(names('damwald')[0]).toBe('Damwâld');
    expect(names('sudwest fryslan')[0]).toBe('Súdwest-Fryslân');
    expect(names('Sudwest-Fryslan')[0]).toBe('Súdwest-Fryslân');
    expect(names('’s-Gravenhage')[0]).toBe("'s-Gravenhage");
    expect(names('s gravenhage')[0]).toBe("'s-Gravenhage");
    expect(names('t harde')[0]).toBe("'t Harde");
    expect(names('harde')[0]).toBe("'t Harde");
  });

  it('ranks exact, then prefix, then word, then substring matches', () => {
    // "Leiden" exact; "Leiderdorp" starts with "leid".
    expect(names('leid')).toEqual(['Leiden', 'Leiderdorp']);
    expect(searchPlaces(table, 'leiden').map((s) => s.match)).toEqual(['exact']);
    // Equal size: the shorter name is the closer match.
    expect(names('bergen')).toEqual(['Bergen (NH)', 'Bergen aan Zee']);
    expect(searchPlaces(table, 'zee')[0]).toMatchObject({ name: 'Bergen aan Zee', match: 'word' });
    expect(searchPlaces(table, 'olsw')[0]).toMatchObject({ name: 'Bolsward', match: 'substring' });
  });

  it('puts an exact match first even when a prefix match is bigger', () => {
    // "Hengelo" (1 postcode here) before "Hengelo (Gld)".
    expect(names('hengelo')).toEqual(['Hengelo', 'Hengelo (Gld)']);
  });

  it('orders matches of the same kind by size (number of postcodes)', () => {
    // "'s-Gravenhage" (2 postcodes) before "'s-Hertogenbosch" (1 of its own).
    expect(names('s')).toEqual(expect.arrayContaining(["'s-Gravenhage", "'s-Hertogenbosch"]));
    const order = names('s');
    expect(order.indexOf("'s-Gravenhage")).toBeLessThan(order.indexOf("'s-Hertogenbosch"));
  });

  it('needs three letters for a match inside a word', () => {
    expect(names('ol')).toEqual([]);
    expect(names('ols')).toEqual(['Bolsward']);
  });

  it('finds well-known other names and says which one matched', () => {
    expect(searchPlaces(table, 'Den Bosch')[0]).toMatchObject({ name: "'s-Hertogenbosch", alias: 'Den Bosch', match: 'exact' });
    expect(searchPlaces(table, 'den bo')[0]).toMatchObject({ name: "'s-Hertogenbosch", alias: 'Den Bosch', match: 'prefix' });
    expect(searchPlaces(table, 'Den Haag')[0]).toMatchObject({ name: "'s-Gravenhage", alias: 'Den Haag', kind: 'place' });
    expect(searchPlaces(table, 'the hague')[0]).toMatchObject({ name: "'s-Gravenhage", alias: 'The Hague' });
    expect(searchPlaces(table, 'Hengelo (O)')[0]).toMatchObject({ name: 'Hengelo', alias: 'Hengelo (O)' });
    expect(searchPlaces(table, 'hengelo gelderland')[0]).toMatchObject({ name: 'Hengelo (Gld)' });
    expect(searchPlaces(table, 'Damwoude')[0]).toMatchObject({ name: 'Damwâld', alias: 'Damwoude' });
    // A direct match carries no alias.
    expect(searchPlaces(table, "'s-Hertogenbosch")[0]).not.toHaveProperty('alias');
  });

  it('suggests municipalities, but not one named like a place in it', () => {
    expect(searchPlaces(table, 'Súdwest')[0]).toMatchObject({ kind: 'municipality', pc4: ['8601', '8701'] });
    expect(searchPlaces(table, 'leiden').filter((s) => s.kind === 'municipality')).toEqual([]);
    // Bergen (NH.) the municipality and Bergen (NH) the place share a key: one suggestion.
    expect(searchPlaces(table, 'bergen nh')).toHaveLength(1);
    // The place inside 's-Hertogenbosch is found, and gives its municipality.
    expect(searchPlaces(table, 'rosmalen')[0]).toMatchObject({ municipality: "'s-Hertogenbosch", province: 'Noord-Brabant' });
  });

  it('gives a representative point, the postcodes and where the place lies', () => {
    const [leiden] = searchPlaces(table, 'Leiden');
    expect(leiden).toEqual({
      kind: 'place',
      name: 'Leiden',
      match: 'exact',
      lat: 52.15897,
      lon: 4.48427,
      pc4: ['2311', '2312', '2313'],
      municipality: 'Leiden',
      municipalityCode: 'GM0546',
      province: 'Zuid-Holland',
      provinceCode: expect.stringMatching(/^PV\d\d$/),
    });
    const [sudwest] = searchPlaces(table, 'sudwest');
    expect(sudwest!.lat).toBeCloseTo((53.0334 + 52.9664) / 2, 5);
  });

  it('keeps same-named places in different municipalities apart', () => {
    const hits = searchPlaces(table, 'Zevenhuizen');
    expect(hits.map((s) => s.municipality)).toEqual(['Zuidplas', 'Noordenveld']);
    // A place listed only second on a postcode still gets that postcode's point.
    expect(hits[1]).toMatchObject({ lat: 53.1193, lon: 6.3547, pc4: ['9354'] });
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(searchPlaces(table, 's', 3)).toHaveLength(3);
    expect(searchPlaces(table, 's', 0)).toEqual([]);
    expect(searchPlaces(table, '')).toEqual([]);
    expect(searchPlaces(table, ' - ')).toEqual([]);
    expect(searchPlaces(table, 'xyzzy')).toEqual([]);
  });

  it('returns the same answers on repeated searches (cached index)', () => {
    expect(searchPlaces(table, 'leid')).toEqual(searchPlaces(table, 'leid'));
  });
});
