import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeed, readRecords, validateRecords } from '@digivaardig/core/loader';
import { lookupPostcode } from '@digivaardig/core';
import { loadPc4Table } from '@digivaardig/data/pc4';
import locationSchema from '@digivaardig/core/schemas/location.schema.json';
type Schema = Parameters<typeof validateRecords>[1];
const schema = locationSchema as Schema;
import { addressLines, needsPostcodeTable, prepareLocations, type Location } from './location.js';
import { locationPreparer } from './prepare-location.js';

const CSV = `id,name,street,postcode,city,lat,lon,services,hours.mo,hours.tu,closed
with-point,Met punt,Straat 1,2311 EZ,Leiden,"52,1593","4,4912",digid;uwv,09:00-12:00,,2026-12-25
postcode-only,Alleen postcode,Straat 2,3511 AB,Utrecht,,,digid,"10:00-12:00,13:00-17:00",10:00-17:00,
pc4-only,Alleen cijfers,,3701,Zeist,,,,,,
unknown,Onbekende postcode,,1001,Amsterdam,,,,,,
no-place,Zonder plaats,Straat 5,,Nergens,,,,,,
`;

/** What loadSource does with a feed: parse, then the pipeline, here without the finish step (placing). */
async function rowsFromCsv(text: string, prepare = { prepare: locationPreparer.prepare }) {
  const { records, rowNumber } = await parseFeed(text, 'csv', schema);
  return readRecords<Location>(records, rowNumber, { schema, format: 'location', src: 'locations.csv', kind: 'csv', prepare });
}

describe('a CSV feed without coordinates', () => {
  it('is read into location records; a row with neither a point nor a postcode is left out and named', async () => {
    const { items, report } = await rowsFromCsv(CSV);
    expect(items.map((l) => l.id)).toEqual(['with-point', 'postcode-only', 'pc4-only', 'unknown']);
    expect(report.recordsLeftOut).toHaveLength(1);
    expect(report.recordsLeftOut[0]!.row).toBe(6);
    expect(items[0]).toMatchObject({ lat: 52.1593, lon: 4.4912, services: ['digid', 'uwv'], hours: { mo: '09:00-12:00' }, closed: ['2026-12-25'] });
    expect(items[1]!.hours).toEqual({ mo: '10:00-12:00,13:00-17:00', tu: '10:00-17:00' });
  });

  it('with the preparer’s finish, a row whose postcode is not in the PC4 table is left out too (no-place)', async () => {
    const { items, report } = await rowsFromCsv(CSV, locationPreparer);
    expect(items.map((l) => l.id)).toEqual(['with-point', 'postcode-only', 'pc4-only']);
    expect(report.recordsLeftOut.map(({ row, field, reason }) => [row, field, reason])).toEqual([
      [5, 'postcode', 'no-place'],
      [6, expect.any(String), expect.any(String)],
    ]);
  });

  it('has its rows placed at their postcode’s point from the PC4 table; unknown postcodes are left out and named', async () => {
    const { items } = await rowsFromCsv(CSV);
    expect(needsPostcodeTable(items)).toBe(true);
    const table = await loadPc4Table();
    const prepared = prepareLocations(items, table);
    expect(prepared.byPostcode).toEqual(['postcode-only', 'pc4-only']);
    expect(prepared.unplaced).toEqual(['unknown']);
    const utrecht = lookupPostcode(table, '3511')!;
    const placed = prepared.placed.find((p) => p.location.id === 'postcode-only')!;
    expect([placed.lat, placed.lon]).toEqual([utrecht.lat, utrecht.lon]);
    expect(placed.byPostcode).toBe(true);
    const own = prepared.placed.find((p) => p.location.id === 'with-point')!;
    expect([own.lat, own.lon, own.byPostcode]).toEqual([52.1593, 4.4912, false]);
    expect(own.schedule.closed.has('2026-12-25')).toBe(true);
  });

  it('without the table, rows with no point cannot be placed', () => {
    const prepared = prepareLocations([{ id: 'a', name: 'A', postcode: '2311' }]);
    expect(prepared.placed).toHaveLength(0);
    expect(prepared.unplaced).toEqual(['a']);
  });

  it('reports unreadable opening hours per location and keeps the rest', () => {
    const prepared = prepareLocations([{ id: 'h', name: 'H', lat: 52, lon: 5, hours: { mo: "'s middags", tu: '10:00-12:00' } }]);
    expect(prepared.hoursIssues).toEqual([{ id: 'h', issues: [{ code: 'interval-format', field: 'hours.mo', value: "'s middags" }] }]);
    expect(prepared.placed[0]!.schedule.week.tu).toEqual([{ start: 600, end: 720 }]);
  });
});

describe('the location schema, with the preparer', () => {
  it('leaves out links that are not http(s), bad postcodes and points outside the Netherlands, and keeps the location', async () => {
    const base = { id: 'x', name: 'X', lat: 52, lon: 5 };
    const bad = [
      { ...base, url: 'javascript:alert(1)' },
      { ...base, appointmentUrl: 'ftp://x' },
      { ...base, postcode: '0123 AB' },
      { ...base, lat: 40 },
      { ...base, services: [''] },
      { ...base, hours: { monday: '09:00-17:00', maandagochtend: '09:00-12:00' } },
    ].map((record, index) => ({ ...record, id: `x${index}` }));
    const { items, report } = await readRecords<Location>(bad, (index) => index + 1, { schema, format: 'location', src: 'x.json', kind: 'json', prepare: locationPreparer });
    expect(items).toHaveLength(bad.length - 1); // the one with lat 40 has no place left
    expect(report.fieldsLeftOut.map(({ row, field }) => [row, field])).toEqual([
      [1, 'url'],
      [2, 'appointmentUrl'],
      [3, 'postcode'],
      [6, 'hours.maandagochtend'],
    ]);
    // Left out as a whole (its fields are then not listed apart): lat 40 leaves it without a place.
    expect(report.recordsLeftOut).toEqual([expect.objectContaining({ row: 4 })]);
    expect(items.find(({ id }) => id === 'x5')!.hours).toEqual({ mo: '09:00-17:00' });
    expect(items.find(({ id }) => id === 'x4')!.services).toBeUndefined();
  });

  it('still refuses them without the preparer', () => {
    const { items } = validateRecords<Location>([{ id: 'x', name: 'X', lat: 52, lon: 5, url: 'javascript:alert(1)' }], schema);
    expect(items[0]?.url).toBeUndefined();
  });
});

describe('addressLines', () => {
  it('writes the street, then the postcode in standard form and the town', () => {
    expect(addressLines({ id: 'a', name: 'A', street: 'Breestraat 1', postcode: '2311ez', city: 'Leiden' })).toEqual(['Breestraat 1', '2311 EZ Leiden']);
    expect(addressLines({ id: 'b', name: 'B', postcode: '2311', city: 'Leiden' })).toEqual(['2311 Leiden']);
    expect(addressLines({ id: 'c', name: 'C' })).toEqual([]);
  });
});

describe('the demonstration set (locations-demo.json)', () => {
  const demo = JSON.parse(readFileSync(new URL('../../../data/data/locations-demo.json', import.meta.url), 'utf8')) as Location[];

  it('has one valid location per municipality, all marked demo, none with an invented address or number', async () => {
    expect(demo).toHaveLength(342);
    const { items, skipped } = validateRecords<Location>(demo, schema);
    expect(skipped).toEqual([]);
    expect(items.every((l) => l.demo === true)).toBe(true);
    expect(items.some((l) => l.street || l.phone || l.email || l.url)).toBe(false);
    expect(new Set(items.map((l) => l.id)).size).toBe(342);
  });

  it('puts each at its postcode’s point, named after its place', async () => {
    const table = await loadPc4Table();
    for (const l of demo) {
      const row = lookupPostcode(table, l.postcode!)!;
      expect([l.lat, l.lon]).toEqual([row.lat, row.lon]);
      expect(l.name).toBe(`Bibliotheek ${l.city}`);
    }
    expect(demo.find((l) => l.id === 'demo-gm0546')).toMatchObject({ name: 'Bibliotheek Leiden', postcode: '2311' });
  });

  it('has opening hours that all parse', () => {
    const prepared = prepareLocations(demo);
    expect(prepared.hoursIssues).toEqual([]);
    expect(prepared.placed.every((p) => p.schedule.hasHours)).toBe(true);
  });
});
