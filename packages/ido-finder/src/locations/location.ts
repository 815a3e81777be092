import {
  lookupPostcode,
  parseOpeningHours,
  parsePostcode,
  type HoursIssue,
  type OpeningSchedule,
  type Pc4Table,
  type Weekday,
} from '@digivaardig/core';

/** One help point as a feed gives it (see packages/core/schemas/location.schema.json). */
export interface Location {
  readonly id: string;
  readonly name: string;
  readonly organisation?: string;
  readonly street?: string;
  readonly postcode?: string;
  readonly city?: string;
  readonly lat?: number;
  readonly lon?: number;
  readonly phone?: string;
  readonly email?: string;
  readonly url?: string;
  readonly appointmentUrl?: string;
  readonly services?: readonly string[];
  readonly hours?: Partial<Record<Weekday, string>>;
  readonly closed?: readonly string[];
  readonly exceptions?: Readonly<Record<string, string>>;
  readonly accessibility?: string;
  readonly demo?: boolean;
}

/** A location with a point and its opening hours read, ready to search and show. */
export interface PlacedLocation {
  readonly location: Location;
  readonly lat: number;
  readonly lon: number;
  readonly schedule: OpeningSchedule;
  /** True when the point came from the postcode table, not from the feed. */
  readonly byPostcode: boolean;
}

export interface PreparedLocations {
  readonly placed: PlacedLocation[];
  /** Ids of rows placed at their postcode's point. */
  readonly byPostcode: string[];
  /** Ids of rows that could not be placed (no coordinates and an unknown postcode). */
  readonly unplaced: string[];
  /** Opening-hours problems per location id. */
  readonly hoursIssues: { id: string; issues: readonly HoursIssue[] }[];
}

const hasPoint = (l: Location) => typeof l.lat === 'number' && typeof l.lon === 'number';

/** True when some rows have no coordinates, so the postcode table is needed to place them. */
export function needsPostcodeTable(locations: readonly Location[]): boolean {
  return locations.some((l) => !hasPoint(l));
}

/**
 * Gives every location a point (its own, or its postcode's from the PC4 table, so a
 * library can paste a spreadsheet of addresses without geocoding it) and reads its
 * opening hours. Rows that cannot be placed are left out and named.
 */
export function prepareLocations(locations: readonly Location[], table?: Pc4Table): PreparedLocations {
  const placed: PlacedLocation[] = [];
  const byPostcode: string[] = [];
  const unplaced: string[] = [];
  const hoursIssues: PreparedLocations['hoursIssues'] = [];
  for (const location of locations) {
    let point: { lat: number; lon: number } | undefined = hasPoint(location)
      ? { lat: location.lat!, lon: location.lon! }
      : undefined;
    if (!point) {
      const postcode = parsePostcode(location.postcode);
      const found = postcode.ok && table ? lookupPostcode(table, postcode.pc4) : undefined;
      if (found) {
        point = { lat: found.lat, lon: found.lon };
        byPostcode.push(location.id);
      } else {
        unplaced.push(location.id);
        continue;
      }
    }
    const { schedule, issues } = parseOpeningHours(location);
    if (issues.length) hoursIssues.push({ id: location.id, issues });
    placed.push({ location, ...point, schedule, byPostcode: !hasPoint(location) });
  }
  return { placed, byPostcode, unplaced, hoursIssues };
}

/** The location's address lines: "Breestraat 1", "2311 EZ Leiden" (what the feed gives). */
export function addressLines(location: Location): string[] {
  const postcode = parsePostcode(location.postcode);
  const town = [postcode.ok ? postcode.formatted : '', location.city ?? ''].filter(Boolean).join(' ');
  return [location.street ?? '', town].map((line) => line.trim()).filter(Boolean);
}
