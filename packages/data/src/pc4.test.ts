import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
// Relative import until @digivaardig/core's index re-exports geo/.
import {
  PLACE_ALIASES,
  decodePc4Region,
  decodePc4Table,
  lookupPostcode,
  matchKey,
  postcodeAt,
  resolvePlace,
  searchPlaces,
  type Pc4Table,
} from '@digivaardig/core';
import { loadOnce, loadPc4Region, loadPc4TableFor } from './postcodes.js';

const jsonUrl = new URL('../data/pc4.json', import.meta.url);
// The source the table is built from, kept in the repository: the round trip below always runs.
const csvPath = fileURLToPath(new URL('../sources/pc4_centroids.csv', import.meta.url));
const text = readFileSync(jsonUrl, 'utf8');
const table: Pc4Table = decodePc4Table(JSON.parse(text));

/** Splits one line of the source CSV (its only quoting: a few "…, …" municipality names). */
function splitCsvLine(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replace(/""/g, '"') : m[1]!));
}

describe('pc4.json (built by scripts/build-pc4.mjs)', () => {
  it('holds 4,069 postcodes with attribution', () => {
    expect(table.count).toBe(4069);
    expect(table.municipalities).toHaveLength(342);
    expect(table.provinces).toHaveLength(12);
    expect(table.attribution).toBe('© GeoNames (www.geonames.org), CC BY 4.0, bewerkt');
    expect(table.licence).toBe('CC BY 4.0');
    expect(table.source).toMatch(/GeoNames/);
  });

  it('is at most 30 KB gzipped', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(30 * 1024);
  });

  it.each([
    ['2311', 'Leiden', 'Leiden', 'Zuid-Holland', 52.16, 4.49],
    ['1012', 'Amsterdam', 'Amsterdam', 'Noord-Holland', 52.3735, 4.8951],
    ['9711', 'Groningen', 'Groningen', 'Groningen', 53.22, 6.57],
    ['6211', 'Maastricht', 'Maastricht', 'Limburg', 50.85, 5.69],
  ])('finds %s in %s', (pc4, place, municipality, province, lat, lon) => {
    const hit = lookupPostcode(table, pc4)!;
    expect(hit).toMatchObject({ pc4, place, municipality, province });
    expect(Math.abs(hit.lat - lat)).toBeLessThan(0.05);
    expect(Math.abs(hit.lon - lon)).toBeLessThan(0.05);
  });

  it('keeps quoted municipality names and multi-place postcodes', () => {
    expect(lookupPostcode(table, '5674')).toMatchObject({
      places: ['Nuenen', 'Mierlo'],
      municipality: 'Nuenen, Gerwen en Nederwetten',
      municipalityCode: 'GM0820',
      provinceCode: 'PV30',
    });
    expect(lookupPostcode(table, '1000')).toBeUndefined();
  });

  it('round-trips every CSV row of sources/pc4_centroids.csv (points within 0.0001°)', () => {
    const [header, ...lines] = readFileSync(csvPath, 'utf8').trim().split('\n');
    const col = Object.fromEntries(splitCsvLine(header!).map((name, i) => [name, i]));
    expect(lines).toHaveLength(table.count);
    for (const line of lines) {
      const r = splitCsvLine(line);
      const hit = lookupPostcode(table, r[col.pc4!]!);
      expect(hit, r[col.pc4!]).toBeDefined();
      expect(Math.abs(hit!.lat - Number(r[col.lat!]))).toBeLessThanOrEqual(0.0001);
      expect(Math.abs(hit!.lon - Number(r[col.lon!]))).toBeLessThanOrEqual(0.0001);
      expect(hit!.places.join('|')).toBe(r[col.place!]);
      expect([hit!.municipalityCode, hit!.municipality, hit!.provinceCode, hit!.province]).toEqual([
        r[col.gm_code!],
        r[col.gm_name!],
        r[col.pv_code!],
        r[col.province!],
      ]);
    }
  });

  it('stores coordinates exactly at 4 decimals', () => {
    for (let row = 0; row < table.count; row++) {
      const { lat, lon } = postcodeAt(table, row);
      expect(Math.round(lat * 1e4) / 1e4).toBe(lat);
      expect(Math.round(lon * 1e4) / 1e4).toBe(lon);
      expect(lat).toBeGreaterThan(50.7);
      expect(lat).toBeLessThan(53.6);
      expect(lon).toBeGreaterThan(3.3);
      expect(lon).toBeLessThan(7.3);
    }
  });
});

describe('place search on the real table', () => {
  const first = (query: string) => searchPlaces(table, query, 5)[0];

  it('finds the big cities by their common names', () => {
    expect(first('Den Bosch')).toMatchObject({ name: "'s-Hertogenbosch", alias: 'Den Bosch', match: 'exact' });
    expect(first('den haag')).toMatchObject({ name: "'s-Gravenhage", alias: 'Den Haag', kind: 'place' });
    expect(first('hertogenbosch')).toMatchObject({ name: "'s-Hertogenbosch", match: 'exact' });
    expect(first('amsterdam')).toMatchObject({ name: 'Amsterdam', kind: 'place', province: 'Noord-Holland' });
    expect(first('ams')).toMatchObject({ name: 'Amsterdam' });
  });

  it('tells the two Hengelos apart', () => {
    expect(first('Hengelo')).toMatchObject({ name: 'Hengelo', municipality: 'Hengelo', province: 'Overijssel' });
    expect(first('Hengelo (O)')).toMatchObject({ name: 'Hengelo', alias: 'Hengelo (O)' });
    expect(first('hengelo gld')).toMatchObject({ name: 'Hengelo (Gld)', municipality: 'Bronckhorst' });
  });

  it('is accent-insensitive and finds Frisian names by their Dutch ones', () => {
    expect(first('sudwest fryslan')).toMatchObject({ name: 'Súdwest-Fryslân', kind: 'municipality' });
    expect(first('Damwoude')).toMatchObject({ name: 'Damwâld', alias: 'Damwoude' });
    expect(first('Bergum')).toMatchObject({ name: 'Burgum' });
  });

  it('keeps a village named only second on a postcode, without inventing a second Rotterdam', () => {
    // 9354 "Nieuw-Roden|Zevenhuizen" is Zevenhuizen in Groningen/Drenthe, not the one in Zuidplas.
    expect(searchPlaces(table, 'Zevenhuizen').map((s) => s.municipality)).toEqual(['Zuidplas', 'Noordenveld']);
    // 3921 "Elst Ut|Rotterdam" is a known GeoNames inconsistency (sources/README.md): no extra Rotterdam.
    expect(searchPlaces(table, 'Rotterdam').filter((s) => s.name === 'Rotterdam')).toHaveLength(1);
  });

  it('has a live target for every alias group', () => {
    const names = new Set([...table.places.map((p) => matchKey(p.name)), ...table.municipalities.map((m) => matchKey(m.name))]);
    for (const group of PLACE_ALIASES) {
      expect(
        group.some((name) => names.has(matchKey(name))),
        group.join(' / '),
      ).toBe(true);
    }
  });
});

describe('the regions of the table (data/pc4/10.json … 99.json)', () => {
  const regions = Array.from({ length: 90 }, (_, i) => {
    const hundred = 10 + i;
    const regionText = readFileSync(new URL(`../data/pc4/${hundred}.json`, import.meta.url), 'utf8');
    return { hundred, text: regionText, table: decodePc4Region(JSON.parse(regionText)) };
  });

  it('hold every postcode of the whole table once, each in the region of its hundred, as the whole table has it', () => {
    expect(regions.reduce((sum, region) => sum + region.table.count, 0)).toBe(table.count);
    for (const { hundred, table: region } of regions) {
      expect(region.count, `${hundred}`).toBeGreaterThan(0);
      for (let row = 0; row < region.count; row++) {
        const pc4 = region.pc4[row]!;
        expect(Math.floor(pc4 / 100)).toBe(hundred);
        expect(postcodeAt(region, row)).toEqual(lookupPostcode(table, pc4));
      }
    }
  });

  it('are each at most 1.5 KB gzipped', () => {
    for (const { text: regionText } of regions) expect(gzipSync(regionText, { level: 9 }).length).toBeLessThanOrEqual(1.5 * 1024);
  });

  it('give the same answer as the whole table for every postcode of the country, with and without letters, and for every PO box hundred', () => {
    for (const { hundred, table: region } of regions) {
      for (let n = hundred * 100; n < hundred * 100 + 100; n++) {
        // Every number of the hundred: a postcode the table has, or one it lacks (a PO box, "1000 AA").
        for (const text of [`${n}`, `${n} AB`]) expect(resolvePlace(region, text), text).toEqual(resolvePlace(table, text));
      }
    }
  });
});

describe('loadPc4Region and loadPc4TableFor', () => {
  it('load the region of a postcode, and the whole table for a place name', async () => {
    const region = await loadPc4Region('2311 EZ');
    expect(region.count).toBeLessThan(table.count);
    expect(lookupPostcode(region, '2311')).toEqual(lookupPostcode(table, '2311'));
    expect(await loadPc4TableFor('23')).toBe(region);
    expect(await loadPc4TableFor(' 2399 ZZ')).toBe(region);
    expect(await loadPc4Region(2311)).toBe(region);
    expect((await loadPc4TableFor('Leiden')).count).toBe(table.count);
    await expect(loadPc4Region('0123')).rejects.toThrow(RangeError);
    await expect(loadPc4Region('2')).rejects.toThrow(RangeError);
  });

  it('load no postcodes for a start that has no region yet, which resolvePlace rejects before looking', async () => {
    for (const text of ['2', ' 9', '0', '0123', '0123 AB']) {
      const none = await loadPc4TableFor(text);
      expect(none.count).toBe(0);
      expect(resolvePlace(none, text)).toEqual(resolvePlace(table, text));
    }
  });
});

describe('loadOnce', () => {
  it('shares one load per key, and loads again after a load failed', async () => {
    let calls = 0;
    let online = false;
    const load = loadOnce(async (key: string) => {
      calls++;
      if (!online) throw new Error('offline');
      return `${key}!`;
    });
    await expect(load('a')).rejects.toThrow('offline');
    online = true;
    const [first, second] = await Promise.all([load('a'), load('a')]);
    expect([first, second, calls]).toEqual(['a!', 'a!', 2]);
    expect(await load('a')).toBe('a!');
    expect(calls).toBe(2);
  });
});
