import { describe, expect, it } from 'vitest';
import { findNearbyPostcodeRow, lookupPostcode } from './pc4-table.js';
import { decodePc4Region } from './pc4-region.js';

// Three postcodes of two places (the first named like its municipality), the last row also
// naming a second place; row columns as first value and differences.
const region = {
  format: 'digivaardig-pc4-region',
  version: 1,
  attribution: '© test',
  source: 'a test',
  licence: 'CC BY 4.0',
  scale: 10000,
  count: 3,
  places: '|Oegstgeest',
  municipalities: 'Leiden|Oegstgeest',
  provinces: 'Zuid-Holland',
  pc4: [2311, 1, 29],
  lat: [521564, 45, 1000],
  lon: [44897, 35, -400],
  place: [0, 0, 1],
  placeMunicipality: [0, 1],
  municipalityCodes: [546, 579],
  municipalityProvince: [0, 0],
  provinceCodes: [28],
  morePlaces: [[2, 0]],
};

describe('decodePc4Region', () => {
  it('reads the plain columns into a table the lookups read like the whole one', () => {
    const table = decodePc4Region(region);
    expect(table.count).toBe(3);
    expect([...table.pc4]).toEqual([2311, 2312, 2341]);
    expect(lookupPostcode(table, '2312')).toEqual({
      pc4: '2312',
      lat: 52.1609,
      lon: 4.4932,
      place: 'Leiden',
      places: ['Leiden'],
      municipality: 'Leiden',
      municipalityCode: 'GM0546',
      province: 'Zuid-Holland',
      provinceCode: 'PV28',
    });
    expect(lookupPostcode(table, 2341)).toMatchObject({ place: 'Oegstgeest', places: ['Oegstgeest', 'Leiden'], lat: 52.2609, lon: 4.4532 });
    // A postcode the region lacks takes the nearest of its hundred.
    expect(findNearbyPostcodeRow(table, '2340')).toBe(2);
    expect(table).toMatchObject({ attribution: '© test', licence: 'CC BY 4.0' });
  });

  it('refuses what is not a version-1 region, naming the table', () => {
    expect(() => decodePc4Region({ ...region, format: 'digivaardig-pc4' })).toThrow(/PC4 table/);
    expect(() => decodePc4Region({ ...region, version: 2 })).toThrow(/PC4 table/);
    expect(() => decodePc4Region({ ...region, lat: [521564] })).toThrow(/PC4 table/);
    expect(() => decodePc4Region(null)).toThrow(/PC4 table/);
  });
});
