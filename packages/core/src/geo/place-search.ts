import { distance } from 'fastest-levenshtein';
import { PLACE_ALIASES } from './place-aliases.js';
import { matchKey, matchKeys } from './place-names.js';
import { rowPlaces, type Pc4Table } from './pc4-table.js';

/** How a suggestion matched the query, best first (`close`: a name a typo or two away, see closestPlace). */
export type PlaceMatch = 'exact' | 'prefix' | 'word' | 'substring' | 'close';

/** A place or municipality suggested for what the visitor typed. */
export interface PlaceSuggestion {
  readonly kind: 'place' | 'municipality';
  /** The name as the table spells it, e.g. "'s-Hertogenbosch". */
  readonly name: string;
  /** The other name the query matched, e.g. "Den Bosch"; absent when the name itself matched. */
  readonly alias?: string;
  readonly match: PlaceMatch;
  /** Representative point: the mean of the postcode points (see searchPlaces). */
  readonly lat: number;
  readonly lon: number;
  /** Its postcodes, ascending. */
  readonly pc4: readonly string[];
  readonly municipality: string;
  readonly municipalityCode: string;
  readonly province: string;
  readonly provinceCode: string;
}

interface Candidate {
  readonly kind: 'place' | 'municipality';
  readonly name: string;
  readonly keys: readonly string[];
  readonly aliases: readonly { readonly key: string; readonly name: string }[];
  readonly rows: readonly number[];
  /** Rows whose point represents it (a place: rows it comes first on, if any). */
  readonly pointRows: readonly number[];
  readonly municipality: number;
}

const MATCHES: readonly PlaceMatch[] = ['exact', 'prefix', 'word', 'substring'];
// Substring matches on one or two letters are noise ("a" is in almost every name).
const MIN_SUBSTRING_LENGTH = 3;

const indexes = new WeakMap<Pc4Table, readonly Candidate[]>();

/** Alias names by the match key of each name in their group. */
function aliasesByKey(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of PLACE_ALIASES) {
    for (const name of group) map.set(matchKey(name), group.filter((other) => other !== name));
  }
  return map;
}

function candidatesOf(table: Pc4Table): readonly Candidate[] {
  const cached = indexes.get(table);
  if (cached) return cached;

  const placeRows = table.places.map((): number[] => []);
  const placeFirstRows = table.places.map((): number[] => []);
  const municipalityRows = table.municipalities.map((): number[] => []);
  for (let row = 0; row < table.count; row++) {
    const ids = rowPlaces(table, row);
    placeFirstRows[ids[0]!]!.push(row);
    for (const id of ids) placeRows[id]!.push(row);
    municipalityRows[table.places[ids[0]!]!.municipality]!.push(row);
  }

  const aliasMap = aliasesByKey();
  const withAliases = (name: string, keys: readonly string[]) => {
    const aliases = (aliasMap.get(keys[0]!) ?? []).flatMap((alias) =>
      matchKeys(alias)
        .filter((key) => !keys.includes(key))
        .map((key) => ({ key, name: alias })),
    );
    return { name, keys, aliases };
  };

  const candidates: Candidate[] = [];
  const placeKeysByMunicipality = new Map<number, Set<string>>();
  table.places.forEach((place, id) => {
    const keys = matchKeys(place.name);
    const rows = placeRows[id]!;
    if (rows.length === 0) return;
    const first = placeFirstRows[id]!;
    candidates.push({
      kind: 'place',
      ...withAliases(place.name, keys),
      rows,
      pointRows: first.length > 0 ? first : rows,
      municipality: place.municipality,
    });
    const seen = placeKeysByMunicipality.get(place.municipality) ?? new Set<string>();
    seen.add(keys[0]!);
    placeKeysByMunicipality.set(place.municipality, seen);
  });
  table.municipalities.forEach((municipality, id) => {
    const keys = matchKeys(municipality.name);
    const rows = municipalityRows[id]!;
    // "Leiden" the municipality adds nothing to "Leiden" the place in it: keep the place.
    if (rows.length === 0 || placeKeysByMunicipality.get(id)?.has(keys[0]!)) return;
    candidates.push({ kind: 'municipality', ...withAliases(municipality.name, keys), rows, pointRows: rows, municipality: id });
  });

  indexes.set(table, candidates);
  return candidates;
}

/** 0 exact, 1 prefix, 2 word prefix, 3 substring, or -1 for no match. */
function rank(key: string, query: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  if (query.length >= MIN_SUBSTRING_LENGTH && key.includes(query)) return 3;
  return -1;
}

/**
 * Suggests places and municipalities for a search text, best first: exact matches, then
 * names starting with the text, then names with a word starting with it, then (from three
 * letters) names containing it; within each group bigger places (more postcodes) first,
 * then places before municipalities, then shorter names.
 * Case, accents, apostrophes and hyphens do not matter ("den bosch", "sudwest fryslan"),
 * and well-known other names are found (see PLACE_ALIASES). A municipality is left out when
 * it has a place of the same name (the place is the better answer). The point of a place is
 * the mean of the points of the postcodes it comes first on; of a municipality, of all its
 * postcodes.
 */
export function searchPlaces(table: Pc4Table, query: string, limit = 10): PlaceSuggestion[] {
  const q = matchKey(query ?? '');
  if (q === '' || !(limit > 0)) return [];

  const hits: { candidate: Candidate; rank: number; alias?: string }[] = [];
  for (const candidate of candidatesOf(table)) {
    let best = -1;
    for (const key of candidate.keys) {
      const r = rank(key, q);
      if (r >= 0 && (best < 0 || r < best)) best = r;
    }
    let alias: string | undefined;
    for (const a of candidate.aliases) {
      const r = rank(a.key, q);
      if (r >= 0 && (best < 0 || r < best)) [best, alias] = [r, a.name];
    }
    if (best >= 0) hits.push(alias === undefined ? { candidate, rank: best } : { candidate, rank: best, alias });
  }

  hits.sort(
    (x, y) =>
      x.rank - y.rank ||
      y.candidate.rows.length - x.candidate.rows.length ||
      (x.candidate.kind === y.candidate.kind ? 0 : x.candidate.kind === 'place' ? -1 : 1) ||
      x.candidate.keys[0]!.length - y.candidate.keys[0]!.length ||
      compareText(x.candidate.keys[0]!, y.candidate.keys[0]!) ||
      compareText(x.candidate.name, y.candidate.name),
  );

  return hits.slice(0, Math.floor(limit)).map(({ candidate, rank, alias }) => toSuggestion(table, candidate, MATCHES[rank]!, alias));
}

/**
 * The place or municipality whose name is fewest typos away from `query` (edit distance,
 * case, accents and hyphens ignored): at most 1 for a text of up to five letters, 2 for a
 * longer one, none below three letters. Ties go to the bigger place (more postcodes), then
 * a place before a municipality. "Utreht" → Utrecht, "Amsterdm" → Amsterdam. For telling a
 * visitor "did you mean …?", never for searching silently: see resolvePlace.
 */
export function closestPlace(table: Pc4Table, query: string): PlaceSuggestion | undefined {
  const q = matchKey(query ?? '');
  if (q.length < 3) return undefined;
  const max = q.length <= 5 ? 1 : 2;
  let best: { candidate: Candidate; cost: number; alias?: string } | undefined;
  const consider = (candidate: Candidate, key: string, alias?: string) => {
    if (Math.abs(key.length - q.length) > max) return;
    const cost = distance(key, q);
    if (cost > max) return;
    const better =
      !best ||
      cost < best.cost ||
      (cost === best.cost &&
        (candidate.rows.length > best.candidate.rows.length ||
          (candidate.rows.length === best.candidate.rows.length && candidate.kind === 'place' && best.candidate.kind !== 'place')));
    if (better) best = alias === undefined ? { candidate, cost } : { candidate, cost, alias };
  };
  for (const candidate of candidatesOf(table)) {
    for (const key of candidate.keys) consider(candidate, key);
    for (const a of candidate.aliases) consider(candidate, a.key, a.name);
  }
  const found = best as { candidate: Candidate; cost: number; alias?: string } | undefined;
  return found && toSuggestion(table, found.candidate, 'close', found.alias);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toSuggestion(table: Pc4Table, candidate: Candidate, match: PlaceMatch, alias: string | undefined): PlaceSuggestion {
  let lat = 0;
  let lon = 0;
  for (const row of candidate.pointRows) {
    lat += table.lat[row]!;
    lon += table.lon[row]!;
  }
  const n = candidate.pointRows.length;
  const municipality = table.municipalities[candidate.municipality]!;
  const province = table.provinces[municipality.province]!;
  return {
    kind: candidate.kind,
    name: candidate.name,
    ...(alias === undefined ? {} : { alias }),
    match,
    // Five decimals (about 1 m) is plenty for a mean point and keeps results tidy.
    lat: Math.round((lat / n) * 1e5) / 1e5,
    lon: Math.round((lon / n) * 1e5) / 1e5,
    pc4: candidate.rows.map((row) => String(table.pc4[row])),
    municipality: municipality.name,
    municipalityCode: municipality.code,
    province: province.name,
    provinceCode: province.code,
  };
}
