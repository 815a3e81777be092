#!/usr/bin/env node
// Builds packages/data/data/locations-demo.json, the DEMONSTRATION set of help points
// that <dv-ido-finder> shows when a page gives no `src`. No open national list of IDO
// branches exists (see packages/data/sources/README.md), so this set is made up on
// purpose and says so: every record has `demo: true`, and the finder shows
// "Voorbeeldgegevens".
//   node packages/data/scripts/build-locations.mjs
//
// One location per municipality (342, the CBS 2025 division), named after the
// municipality's main place and put at that place's most central postcode point
// (from packages/data/sources/pc4_centroids.csv, © GeoNames, CC BY 4.0). There are NO
// street addresses, phone numbers or e-mail addresses: inventing them would send people to
// doors and numbers that do not exist. Opening hours follow a few realistic weekly
// patterns (bigger places open longer), closed on public holidays; services are the
// IDO partners, with a deterministic mix of the optional ones.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const scriptDir = dirname(fileURLToPath(import.meta.url));
let repoRoot = scriptDir;
while (!existsSync(resolve(repoRoot, 'pnpm-workspace.yaml'))) repoRoot = dirname(repoRoot);
const csvPath = resolve(repoRoot, 'packages/data/sources/pc4_centroids.csv');
// `--out-dir <dir>` writes the file there instead (packages/data/test/rebuild.test.ts
// compares a fresh build with the committed file).
const outDirIndex = process.argv.indexOf('--out-dir');
const outDir = outDirIndex > 0 ? resolve(process.argv[outDirIndex + 1]) : resolve(repoRoot, 'packages/data/data');
const outPath = resolve(outDir, 'locations-demo.json');

/** The source's only quoting: a few "…, …" municipality names. */
function splitCsvLine(line) {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .slice(0, -1)
    .map((m) => (m[1].startsWith('"') ? m[1].slice(1, -1).replace(/""/g, '"') : m[1]));
}

const [header, ...lines] = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
const columns = splitCsvLine(header);
const at = (name) => {
  const index = columns.indexOf(name);
  if (index < 0) throw new Error(`${csvPath}: no column ${name}`);
  return index;
};
const col = { pc4: at('pc4'), lat: at('lat'), lon: at('lon'), place: at('place'), gmCode: at('gm_code'), gmName: at('gm_name') };
const rows = lines.map((line) => {
  const r = splitCsvLine(line);
  return {
    pc4: r[col.pc4],
    lat: Number(r[col.lat]),
    lon: Number(r[col.lon]),
    place: r[col.place].split('|')[0].trim(),
    gmCode: r[col.gmCode],
    gmName: r[col.gmName],
  };
});

// Municipality → its places (by the rows they come first on).
const municipalities = new Map();
for (const row of rows) {
  const m = municipalities.get(row.gmCode) ?? { code: row.gmCode, name: row.gmName, places: new Map() };
  const place = m.places.get(row.place) ?? [];
  place.push(row);
  m.places.set(row.place, place);
  municipalities.set(row.gmCode, m);
}
if (municipalities.size !== 342) throw new Error(`expected 342 municipalities, found ${municipalities.size}`);

/** The main place: the one named like the municipality, else the one with most postcodes. */
function mainPlace(m) {
  if (m.places.has(m.name)) return [m.name, m.places.get(m.name)];
  return [...m.places.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], 'nl'))[0];
}

/** The place's most central postcode: the one nearest to the mean of its points. */
function centralRow(placeRows) {
  const lat = placeRows.reduce((s, r) => s + r.lat, 0) / placeRows.length;
  const lon = placeRows.reduce((s, r) => s + r.lon, 0) / placeRows.length;
  const d = (r) => (r.lat - lat) ** 2 + ((r.lon - lon) * Math.cos((lat * Math.PI) / 180)) ** 2;
  return [...placeRows].sort((a, b) => d(a) - d(b) || a.pc4.localeCompare(b.pc4))[0];
}

// Names visitors use for the two places whose official name they rarely say.
const COMMON_NAMES = { "'s-Gravenhage": 'Den Haag', "'s-Hertogenbosch": "'s-Hertogenbosch" };

// Weekly patterns seen at library help points: a big city's long days, a town's
// weekday hours with a Saturday morning, a village's two or three part-time days.
const PATTERNS = {
  city: { mo: '10:00-20:00', tu: '10:00-20:00', we: '10:00-20:00', th: '10:00-20:00', fr: '10:00-18:00', sa: '10:00-17:00', su: '13:00-17:00' },
  town: { mo: '13:00-17:00', tu: '10:00-17:00', we: '10:00-17:00', th: '10:00-17:00,18:00-20:00', fr: '10:00-17:00', sa: '10:00-13:00' },
  townMornings: { tu: '09:30-12:30', we: '09:30-12:30,13:30-16:30', th: '09:30-12:30', fr: '09:30-12:30,13:30-16:30', sa: '10:00-12:00' },
  village: { tu: '14:00-17:00', th: '10:00-12:00,14:00-17:00', sa: '10:00-12:00' },
  villageMornings: { mo: '09:00-12:00', we: '09:00-12:00', fr: '13:30-16:30' },
};

// Public holidays (libraries close) from today into 2027; the finder looks two weeks ahead.
const HOLIDAYS = [
  '2026-12-25', '2026-12-26', '2027-01-01', '2027-03-26', '2027-03-28', '2027-03-29',
  '2027-04-27', '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26',
];
// Christmas Eve and New Year's Eve: shorter days everywhere that is open then.
const EXCEPTIONS = { '2026-12-24': '10:00-15:00', '2026-12-31': '10:00-15:00' };

// Every IDO helps with these; the others depend on the partners a library works with.
const ALWAYS = ['digid', 'belastingdienst', 'toeslagen', 'uwv', 'svb', 'duo'];
const SOMETIMES = ['cak', 'cbr', 'cjib', 'ciz'];

/** A small deterministic hash (FNV-1a), so rebuilding gives the same file. */
function hash(text) {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0), 0x01000193) >>> 0;
  return h;
}

function patternFor(postcodes, h) {
  if (postcodes >= 40) return 'city';
  if (postcodes >= 12) return h % 3 === 0 ? 'townMornings' : 'town';
  return h % 2 === 0 ? 'village' : 'villageMornings';
}

const locations = [...municipalities.values()]
  .map((m) => {
    const [place, placeRows] = mainPlace(m);
    const point = centralRow(placeRows);
    const postcodes = [...m.places.values()].reduce((n, list) => n + list.length, 0);
    const h = hash(m.code);
    const shown = COMMON_NAMES[place] ?? place;
    const services = [...ALWAYS, ...SOMETIMES.filter((_, i) => (h >> (i + 4)) % 3 !== 0)];
    const hours = PATTERNS[patternFor(postcodes, h)];
    const opensOn = (date) => Boolean(hours[['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'][new Date(`${date}T12:00:00Z`).getUTCDay()]]);
    const exceptions = Object.fromEntries(Object.entries(EXCEPTIONS).filter(([date]) => opensOn(date)));
    return {
      id: `demo-${m.code.toLowerCase()}`,
      name: `Bibliotheek ${shown}`,
      organisation: `Bibliotheek ${m.name === place ? shown : m.name}`,
      postcode: point.pc4,
      city: shown,
      lat: point.lat,
      lon: point.lon,
      services,
      hours,
      closed: HOLIDAYS.filter(opensOn),
      ...(Object.keys(exceptions).length ? { exceptions } : {}),
      demo: true,
    };
  })
  .sort((a, b) => a.id.localeCompare(b.id));

const json = `${JSON.stringify(locations)}\n`;
writeFileSync(outPath, json);

// The same locations in regions: cells of a grid of 0.25° latitude by 0.4° longitude
// (about 28 × 27 km), data/locations-demo/<id>.json for each cell that holds a location,
// with id = row × 100 + column (row = ⌊lat / 0.25⌋, column = ⌊lon / 0.4⌋, computed on the
// coordinates × 10,000, which are whole numbers), and data/locations-demo-cells.json: the
// ids, ascending. A cell's box is the cell itself (packages/data/src/demo-locations.ts
// computes it from the id), so the finder needs no list of boxes. A finder that searches
// from a postcode loads the cells a nearest-locations search needs (core's regionsToLoad),
// not the whole set.
const CELL_LAT = 2500; // 0.25° × 10,000
const CELL_LON = 4000; // 0.4° × 10,000
const cellOf = (location) => Math.floor(Math.round(location.lat * 1e4) / CELL_LAT) * 100 + Math.floor(Math.round(location.lon * 1e4) / CELL_LON);
const regionDir = resolve(outDir, 'locations-demo');
mkdirSync(regionDir, { recursive: true });
if (locations.some((location) => location.lon <= 0 || location.lon >= 40)) throw new Error('build-locations: a longitude outside 0–40° breaks the cell ids');
const cells = [...new Set(locations.map(cellOf))].sort((a, b) => a - b);
for (const cell of cells) {
  writeFileSync(resolve(regionDir, `${cell}.json`), `${JSON.stringify(locations.filter((location) => cellOf(location) === cell))}\n`);
}
writeFileSync(resolve(outDir, 'locations-demo-cells.json'), `${JSON.stringify(cells)}\n`);
console.log(
  `Wrote ${relative(repoRoot, outPath)}: ${locations.length} demo locations, ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzipped.`,
);
