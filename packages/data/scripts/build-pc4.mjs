#!/usr/bin/env node
// Builds packages/data/data/pc4.json, the compact embedded PC4 (4-digit postcode) table,
// from packages/data/sources/pc4_centroids.csv (GeoNames, CC BY 4.0; see
// packages/data/sources/README.md).
// This script is the source of truth: never edit pc4.json by hand, re-run:
//   node packages/data/scripts/build-pc4.mjs
//
// Format "digivaardig-pc4", version 1 (decoded by decodePc4Table() in
// packages/core/src/geo/pc4-table.ts, which documents it field by field). In short: rows
// sorted by postcode, stored as parallel integer columns (pc4, lat/lon × 1e4, place index)
// plus string tables for places, municipalities and provinces. Each integer column is
// delta-encoded (neighbouring postcodes lie close together), zigzag-mapped and Rice-coded
// into a base64url bit string (coordinates: about a quarter smaller after gzip than JSON
// number arrays), which keeps the file under the 30 KB gzip budget.

import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FORMAT = 'digivaardig-pc4';
const VERSION = 1;
const SCALE = 10_000;
const EXPECTED_COLUMNS = ['pc4', 'lat', 'lon', 'place', 'gm_code', 'gm_name', 'pv_code', 'province'];

const scriptDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = findRepoRoot(scriptDir);
const csvPath = resolve(repoRoot, 'packages/data/sources/pc4_centroids.csv');
// `--out-dir <dir>` writes the file there instead (packages/data/test/rebuild.test.ts
// compares a fresh build with the committed file).
const outDirIndex = process.argv.indexOf('--out-dir');
const outDir = outDirIndex > 0 ? resolve(process.argv[outDirIndex + 1]) : resolve(repoRoot, 'packages/data/data');
const outPath = resolve(outDir, 'pc4.json');

/** Walks up from `start` to the directory holding pnpm-workspace.yaml. */
function findRepoRoot(start) {
  let dir = start;
  while (!existsSync(resolve(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${start}`);
    dir = parent;
  }
  return dir;
}

/**
 * Minimal RFC 4180 CSV parser: comma separator, double-quoted fields (with "" escapes,
 * commas and newlines inside quotes), \n or \r\n line ends. The source has a few quoted
 * municipality names ("Nuenen, Gerwen en Nederwetten"), so a plain split(',') is not enough.
 */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => !(r.length === 1 && r[0] === ''));
}

function fail(message) {
  console.error(`build-pc4: ${message}`);
  process.exit(1);
}

/** Parses "52.3710" into 523710 exactly (no float rounding surprises). */
function toScaledInt(text, what) {
  const value = Math.round(Number(text) * SCALE);
  if (!Number.isFinite(value) || text.trim() === '') fail(`bad ${what}: "${text}"`);
  return value;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * Packs integers as { n, first, k, data }: `first` as is, then each difference to the
 * previous value, zigzag-mapped to an unsigned number u (0, -1, 1, -2 … → 0, 1, 2, 3 …) and
 * Rice-coded with parameter k: u >> k in unary (that many 1 bits, then a 0), then the low
 * k bits of u, most significant first. Bits are packed 6 to a base64url character, the last
 * one padded with 0 bits. k is chosen per column to make the column shortest.
 */
function packInts(values) {
  const u = [];
  for (let i = 1; i < values.length; i++) {
    const d = values[i] - values[i - 1];
    if (!Number.isSafeInteger(d)) fail(`not an integer: ${values[i]}`);
    u.push(d < 0 ? -2 * d - 1 : 2 * d);
  }
  let k = 0;
  let bestBits = Infinity;
  for (let candidate = 0; candidate <= 24; candidate++) {
    const bits = u.reduce((sum, x) => sum + Math.floor(x / 2 ** candidate) + 1 + candidate, 0);
    if (bits < bestBits) [k, bestBits] = [candidate, bits];
  }
  let data = '';
  let acc = 0;
  let accBits = 0;
  const put = (bit) => {
    acc = (acc << 1) | bit;
    if (++accBits === 6) {
      data += BASE64URL[acc];
      acc = 0;
      accBits = 0;
    }
  };
  for (const x of u) {
    for (let q = Math.floor(x / 2 ** k); q > 0; q--) put(1);
    put(0);
    for (let b = k - 1; b >= 0; b--) put(Math.floor(x / 2 ** b) % 2);
  }
  while (accBits !== 0) put(0);
  return { n: values.length, first: values[0] ?? 0, k, data };
}

/** Joins names with "|" (they never contain one; checked). */
function joinNames(names) {
  for (const name of names) if (name.includes('|')) fail(`name contains "|": ${name}`);
  return names.join('|');
}

const csvText = readFileSync(csvPath, 'utf8').replace(/^\uFEFF/, '');
const [header, ...records] = parseCsv(csvText);
const col = Object.fromEntries(header.map((name, i) => [name.trim(), i]));
for (const name of EXPECTED_COLUMNS) if (!(name in col)) fail(`column "${name}" missing in ${csvPath}`);

const rows = records.map((r, n) => {
  const line = n + 2;
  const pc4 = r[col.pc4];
  if (!/^[1-9]\d{3}$/.test(pc4)) fail(`line ${line}: bad pc4 "${pc4}"`);
  const places = r[col.place].split('|').map((p) => p.trim()).filter(Boolean);
  if (places.length === 0) fail(`line ${line}: no place`);
  const gm = /^GM(\d{4})$/.exec(r[col.gm_code]);
  const pv = /^PV(\d{2})$/.exec(r[col.pv_code]);
  if (!gm || !pv) fail(`line ${line}: bad gm_code/pv_code`);
  return {
    pc4: Number(pc4),
    lat: toScaledInt(r[col.lat], `lat on line ${line}`),
    lon: toScaledInt(r[col.lon], `lon on line ${line}`),
    places,
    gmCode: Number(gm[1]),
    gmName: r[col.gm_name].trim(),
    pvCode: Number(pv[1]),
    province: r[col.province].trim(),
  };
});
rows.sort((a, b) => a.pc4 - b.pc4);
for (let i = 1; i < rows.length; i++) {
  if (rows[i].pc4 === rows[i - 1].pc4) fail(`duplicate pc4 ${rows[i].pc4}`);
}

// String tables, numbered in order of first appearance (row order), so that the per-row
// index columns are mostly "same as the row before" or "the next new one".
const provinces = []; // { code, name }
const municipalities = []; // { code, name, province }
const places = []; // { name, municipality, lat, lon, n } (lat/lon: sums over rows it heads)
const provinceIds = new Map();
const municipalityIds = new Map();
const placeIds = new Map(); // `${name}\0${municipality}` -> index
const placesByName = new Map(); // name -> indices

function placeFor(name, municipality) {
  const key = `${name}\u0000${municipality}`;
  let id = placeIds.get(key);
  if (id === undefined) {
    id = places.length;
    places.push({ name, municipality, lat: 0, lon: 0, n: 0 });
    placeIds.set(key, id);
    placesByName.set(name, [...(placesByName.get(name) ?? []), id]);
  }
  return id;
}

// Pass 1: a row's first place, keyed by name + the row's municipality. This keeps two
// different villages of the same name apart (Hoorn NH, Hoorn on Terschelling) and makes
// "a row's municipality is its first place's municipality" true by construction.
const rowPlace = rows.map((row) => {
  let province = provinceIds.get(row.pvCode);
  if (province === undefined) {
    province = provinces.push({ code: row.pvCode, name: row.province }) - 1;
    provinceIds.set(row.pvCode, province);
  } else if (provinces[province].name !== row.province) fail(`PV${row.pvCode} has two names`);
  let municipality = municipalityIds.get(row.gmCode);
  if (municipality === undefined) {
    municipality = municipalities.push({ code: row.gmCode, name: row.gmName, province }) - 1;
    municipalityIds.set(row.gmCode, municipality);
  } else if (municipalities[municipality].name !== row.gmName) fail(`GM${row.gmCode} has two names`);
  else if (municipalities[municipality].province !== province) fail(`GM${row.gmCode} in two provinces`);
  const id = placeFor(row.places[0], municipality);
  places[id].lat += row.lat;
  places[id].lon += row.lon;
  places[id].n += 1;
  return id;
});

// Pass 2: further places of a row ("Vogelenzang|Heemstede") join the existing place of that
// name in the row's own municipality, else the nearest one within JOIN_KM (border postcodes:
// 2114 lies in Bloemendaal but also serves Heemstede). Otherwise the name is a village of its
// own (9354 "Nieuw-Roden|Zevenhuizen" is not Zevenhuizen in Zuidplas, 170 km away) and gets a
// place in the row's municipality. Exception: the PC4s sources/README.md lists as GeoNames
// inconsistencies (rows > 5 km apart; 3921 "Elst Ut|Rotterdam") always join the nearest
// place of that name, so that they do not invent a second Rotterdam.
const JOIN_KM = 30;
const INCONSISTENT_PC4 = new Set([3921, 6961, 7645, 7881, 8941, 9422, 9431]);
const KM_PER_UNIT = 111.2 / SCALE; // one 1e-4 degree of latitude
const morePlaces = [];
rows.forEach((row, i) => {
  if (row.places.length < 2) return;
  const municipality = places[rowPlace[i]].municipality;
  const ids = row.places.slice(1).map((name) => {
    const candidates = placesByName.get(name) ?? [];
    const own = candidates.find((id) => places[id].municipality === municipality);
    if (own !== undefined) return own;
    let best;
    let bestKm = Infinity;
    for (const id of candidates) {
      const p = places[id];
      if (p.n === 0) continue;
      // Equirectangular is fine at these distances; cos 52° ≈ 0.616.
      const km = Math.hypot(p.lat / p.n - row.lat, (p.lon / p.n - row.lon) * 0.616) * KM_PER_UNIT;
      if (km < bestKm) [best, bestKm] = [id, km];
    }
    const join = best !== undefined && (bestKm <= JOIN_KM || INCONSISTENT_PC4.has(row.pc4));
    return join ? best : placeFor(name, municipality);
  });
  morePlaces.push([i, ...ids]);
});

const SOURCE =
  'GeoNames postal codes NL (January 2022), via zauberware/postal-codes-json-xml-csv; one point per PC4, ' +
  'municipalities moved to the CBS 2025 division. Built by packages/data/scripts/build-pc4.mjs from ' +
  'packages/data/sources/pc4_centroids.csv (see packages/data/sources/README.md).';

/**
 * The table of some rows (all of them, or one region's), self-contained: only the places,
 * municipalities and provinces those rows name, numbered in order of first appearance.
 */
function tableOf(rowIds, source = SOURCE, region = false) {
  // A region (data/pc4/NN.json) is a few dozen rows: plain lists of numbers (row columns as
  // differences) are as small after gzip there, and need no Rice decoder (core's
  // decodePc4Region); the whole table keeps the packed columns.
  const pack = region ? (values) => values.map((value, i) => (i === 0 ? value : value - values[i - 1])) : packInts;
  const list = region ? (values) => values : packInts;
  const placeIndex = new Map();
  const municipalityIndex = new Map();
  const provinceIndex = new Map();
  const subPlaces = [];
  const subMunicipalities = [];
  const subProvinces = [];
  const provinceOf = (id) => {
    if (!provinceIndex.has(id)) provinceIndex.set(id, subProvinces.push(provinces[id]) - 1);
    return provinceIndex.get(id);
  };
  const municipalityOf = (id) => {
    if (!municipalityIndex.has(id)) {
      const index = subMunicipalities.push(undefined) - 1;
      municipalityIndex.set(id, index);
      subMunicipalities[index] = { ...municipalities[id], province: provinceOf(municipalities[id].province) };
    }
    return municipalityIndex.get(id);
  };
  const placeOf = (id) => {
    if (!placeIndex.has(id)) {
      const index = subPlaces.push(undefined) - 1;
      placeIndex.set(id, index);
      subPlaces[index] = { name: places[id].name, municipality: municipalityOf(places[id].municipality) };
    }
    return placeIndex.get(id);
  };
  const subRowPlace = rowIds.map((i) => placeOf(rowPlace[i]));
  const moreByRow = new Map(morePlaces.map(([row, ...ids]) => [row, ids]));
  const subMore = [];
  rowIds.forEach((i, j) => {
    const ids = moreByRow.get(i);
    if (ids) subMore.push([j, ...ids.map(placeOf)]);
  });
  const subRows = rowIds.map((i) => rows[i]);
  return {
    format: region ? `${FORMAT}-region` : FORMAT,
    version: VERSION,
    attribution: '© GeoNames (www.geonames.org), CC BY 4.0, bewerkt',
    source,
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    scale: SCALE,
    count: subRows.length,
    // A place named like its municipality is stored as "" (saves a third of the gzip size of
    // the names that repeat: 227 such places).
    places: joinNames(subPlaces.map((p) => (p.name === subMunicipalities[p.municipality].name ? '' : p.name))),
    municipalities: joinNames(subMunicipalities.map((m) => m.name)),
    provinces: joinNames(subProvinces.map((p) => p.name)),
    pc4: pack(subRows.map((r) => r.pc4)),
    lat: pack(subRows.map((r) => r.lat)),
    lon: pack(subRows.map((r) => r.lon)),
    place: pack(subRowPlace),
    placeMunicipality: list(subPlaces.map((p) => p.municipality)),
    municipalityCodes: list(subMunicipalities.map((m) => m.code)),
    municipalityProvince: list(subMunicipalities.map((m) => m.province)),
    provinceCodes: list(subProvinces.map((p) => p.code)),
    morePlaces: subMore,
  };
}

const table = tableOf(rows.map((_, i) => i));

// One region per hundred (the first two digits of the postcode: data/pc4/10.json … 99.json),
// each a table of its own: a postcode search loads only its region (see
// packages/data/src/postcodes.ts, which builds the file name from the postcode). A PO box
// takes the point of the nearest postcode in its hundred, so always in its region.
const regionDir = resolve(outDir, 'pc4');
mkdirSync(regionDir, { recursive: true });
for (let hundred = 10; hundred <= 99; hundred++) {
  const ids = rows.flatMap((row, i) => (Math.floor(row.pc4 / 100) === hundred ? [i] : []));
  if (ids.length === 0) throw new Error(`build-pc4: no postcodes ${hundred}00–${hundred}99 (the loader expects every hundred)`);
  writeFileSync(resolve(regionDir, `${hundred}.json`), JSON.stringify(tableOf(ids, 'pc4.json (see its source)', true)) + '\n');
}

const json = JSON.stringify(table);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, json + '\n');

const raw = Buffer.byteLength(json);
const gz = gzipSync(json, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `build-pc4: ${rows.length} postcodes, ${places.length} places, ${municipalities.length} municipalities, ` +
    `${provinces.length} provinces -> ${relative(repoRoot, outPath)}`,
);
console.log(`build-pc4: ${raw} bytes raw (${kb(raw)}), ${gz} bytes gzip -9 (${kb(gz)})`);
