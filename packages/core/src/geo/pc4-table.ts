import type { PackedInts } from './packed-ints.js';

/**
 * The embedded PC4 (four-digit postcode) table as stored in JSON: format "digivaardig-pc4",
 * version 1, written by packages/data/scripts/build-pc4.mjs. Rows are sorted by postcode;
 * places, municipalities and provinces are numbered in order of first appearance.
 */
export interface Pc4TableJson {
  readonly format: 'digivaardig-pc4';
  readonly version: 1;
  /** Attribution the licence asks for, to show with the data. */
  readonly attribution: string;
  readonly source: string;
  readonly licence: string;
  readonly licenceUrl?: string;
  /** Coordinates are stored as integers: degrees × scale (10,000: about 10 m). */
  readonly scale: number;
  /** Number of rows (postcodes). */
  readonly count: number;
  /** Place names joined with "|"; "" means "named like its municipality". */
  readonly places: string;
  /** Municipality names joined with "|". */
  readonly municipalities: string;
  /** Province names joined with "|". */
  readonly provinces: string;
  /** Per row: the postcode as a number. */
  readonly pc4: PackedInts;
  /** Per row: latitude × scale. */
  readonly lat: PackedInts;
  /** Per row: longitude × scale. */
  readonly lon: PackedInts;
  /** Per row: index of its (first) place. The row's municipality is that place's. */
  readonly place: PackedInts;
  /** Per place: index of its municipality. */
  readonly placeMunicipality: PackedInts;
  /** Per municipality: CBS code number (GM0363 → 363). */
  readonly municipalityCodes: PackedInts;
  /** Per municipality: index of its province. */
  readonly municipalityProvince: PackedInts;
  /** Per province: CBS code number (PV27 → 27). */
  readonly provinceCodes: PackedInts;
  /** Rows naming more than one place: [row, placeIndex, ...]. */
  readonly morePlaces: readonly (readonly number[])[];
}

export interface Pc4Province {
  readonly name: string;
  /** CBS code, e.g. "PV27". */
  readonly code: string;
}

export interface Pc4Municipality {
  readonly name: string;
  /** CBS code, e.g. "GM0363". */
  readonly code: string;
  /** Index into {@link Pc4Table.provinces}. */
  readonly province: number;
}

export interface Pc4Place {
  readonly name: string;
  /** Index into {@link Pc4Table.municipalities}. */
  readonly municipality: number;
}

/** The decoded table, ready for {@link lookupPostcode} and place search. */
export interface Pc4Table {
  readonly count: number;
  /** Postcodes, ascending. */
  readonly pc4: Uint16Array;
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  /** Per row: index of its first place. */
  readonly rowPlace: Int32Array;
  /** Rows with more than one place: row → further place indices. */
  readonly morePlaces: ReadonlyMap<number, readonly number[]>;
  readonly places: readonly Pc4Place[];
  readonly municipalities: readonly Pc4Municipality[];
  readonly provinces: readonly Pc4Province[];
  readonly attribution: string;
  readonly source: string;
  readonly licence: string;
  readonly licenceUrl?: string;
}

/** One postcode with its point and where it lies. */
export interface Pc4Location {
  /** Four digits, e.g. "2311". */
  readonly pc4: string;
  readonly lat: number;
  readonly lon: number;
  /** The postcode's (first) place, e.g. "Leiden". */
  readonly place: string;
  /** All places the source lists for this postcode, first one first. */
  readonly places: readonly string[];
  readonly municipality: string;
  /** CBS code, e.g. "GM0546". */
  readonly municipalityCode: string;
  readonly province: string;
  /** CBS code, e.g. "PV28". */
  readonly provinceCode: string;
}

export { decodePc4Table } from './pc4-decode.js';
export { decodePc4Region, type Pc4RegionJson } from './pc4-region.js';

/** Row index of a postcode (binary search), or -1. */
export function findPostcodeRow(table: Pc4Table, pc4: string | number): number {
  const wanted = typeof pc4 === 'number' ? pc4 : /^\d{4}$/.test(pc4.trim()) ? Number(pc4.trim()) : NaN;
  if (!Number.isInteger(wanted)) return -1;
  let lo = 0;
  let hi = table.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = table.pc4[mid]!;
    if (value === wanted) return mid;
    if (value < wanted) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Place indices of a row, first place first. */
export function rowPlaces(table: Pc4Table, row: number): readonly number[] {
  const more = table.morePlaces.get(row);
  return more ? [table.rowPlace[row]!, ...more] : [table.rowPlace[row]!];
}

/** The full record of row `row` (0 ≤ row < table.count). */
export function postcodeAt(table: Pc4Table, row: number): Pc4Location {
  if (!Number.isInteger(row) || row < 0 || row >= table.count) throw new RangeError(`PC4 table has no row ${row}`);
  const place = table.places[table.rowPlace[row]!]!;
  const municipality = table.municipalities[place.municipality]!;
  const province = table.provinces[municipality.province]!;
  return {
    pc4: String(table.pc4[row]),
    lat: table.lat[row]!,
    lon: table.lon[row]!,
    place: place.name,
    places: rowPlaces(table, row).map((id) => table.places[id]!.name),
    municipality: municipality.name,
    municipalityCode: municipality.code,
    province: province.name,
    provinceCode: province.code,
  };
}

/**
 * Looks up a four-digit postcode ("2311" or 2311) in the table; undefined when the table
 * does not have it (unknown, or a PO-box-only code). Pass the `pc4` of parsePostcode().
 */
export function lookupPostcode(table: Pc4Table, pc4: string | number): Pc4Location | undefined {
  const row = findPostcodeRow(table, pc4);
  return row < 0 ? undefined : postcodeAt(table, row);
}

/**
 * The row of a postcode, or, when the table does not have it, of the nearest postcode
 * number in the same hundred (1000 → 1011, both Amsterdam); -1 when the hundred has none.
 * The table lists the postcodes people live at: a PO-box or business-only code ("1000 AA",
 * "3500") is missing, but its hundred lies in the same town.
 */
export function findNearbyPostcodeRow(table: Pc4Table, pc4: string | number): number {
  const exact = findPostcodeRow(table, pc4);
  const wanted = Number(pc4);
  if (exact >= 0 || !Number.isInteger(wanted)) return exact;
  const hundred = Math.floor(wanted / 100);
  // The first row at or above the wanted number: the nearest is it or the row before.
  let lo = 0;
  let hi = table.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.pc4[mid]! < wanted) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (const row of [lo - 1, lo]) {
    if (row < 0 || row >= table.count || Math.floor(table.pc4[row]! / 100) !== hundred) continue;
    if (best < 0 || Math.abs(table.pc4[row]! - wanted) < Math.abs(table.pc4[best]! - wanted)) best = row;
  }
  return best;
}
