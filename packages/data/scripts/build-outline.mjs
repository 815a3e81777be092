#!/usr/bin/env node
// Builds packages/data/data/nl-outline.json: the Netherlands' provinces (and so its
// outline) for <dv-ido-finder>'s map, drawn under the markers so the map means something
// with no tiles and no network.
//   node packages/data/scripts/build-outline.mjs
//
// Source: packages/data/sources/provincie_2025.topojson (© CBS / Kadaster, CBS
// Gebiedsindelingen 2025 via PDOK, simplified by cartomap/nl; see
// packages/data/sources/README.md).
// The file keeps TopoJSON's idea, each border stored once as an "arc" shared by the two
// provinces on either side, and makes it smaller:
//   1. every arc is simplified further (Douglas–Peucker, TOLERANCE grid steps; arc ends
//      are kept, so neighbouring provinces still meet exactly);
//   2. each arc is written as a string: the first point, then each step, as zigzag
//      varints in 5-bit groups, one character each (the Google "encoded polyline" idea,
//      on TopoJSON's integer grid of 0.001°).
// Decoded by packages/ido-finder/src/map/outline.ts.
//
// Format "digivaardig-outline", version 1:
//   { format, version, attribution: { nl, en }, scale: [sx, sy], translate: [tx, ty],
//     arcs: string[],                       // encoded integer points (x, y)
//     provinces: [{ code, name, polygons: number[][][] }] }  // rings of arc refs; ~i = arc i reversed

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const TOLERANCE = 6; // grid steps of 0.001° (400–650 m): invisible at the zooms where the outline matters

const scriptDir = dirname(fileURLToPath(import.meta.url));
let repoRoot = scriptDir;
while (!existsSync(resolve(repoRoot, 'pnpm-workspace.yaml'))) repoRoot = dirname(repoRoot);
const sourcePath = resolve(repoRoot, 'packages/data/sources/provincie_2025.topojson');
// `--out-dir <dir>` writes the file there instead (packages/data/test/rebuild.test.ts
// compares a fresh build with the committed file).
const outDirIndex = process.argv.indexOf('--out-dir');
const outDir = outDirIndex > 0 ? resolve(process.argv[outDirIndex + 1]) : resolve(repoRoot, 'packages/data/data');
const outPath = resolve(outDir, 'nl-outline.json');

const topology = JSON.parse(readFileSync(sourcePath, 'utf8'));
const { scale, translate } = topology.transform;
const object = topology.objects.provincie_2025;
if (!object || object.geometries.length !== 12) throw new Error('expected 12 provinces in provincie_2025');

/** Quantized arcs are delta-coded in TopoJSON: make their points absolute. */
const absoluteArcs = topology.arcs.map((arc) => {
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
});

/**
 * Douglas–Peucker on integer points; keeps both ends. An arc that closes on itself (a
 * whole island or lake) also keeps the points a third and two thirds along, so it stays
 * a ring and never collapses to a line.
 */
function simplify(points, tolerance) {
  if (points.length <= 4) return points; // short arcs may make a small ring on their own
  const keep = new Uint8Array(points.length);
  const last = points.length - 1;
  keep[0] = keep[last] = 1;
  const closed = points[0][0] === points[last][0] && points[0][1] === points[last][1];
  const cuts = closed && points.length >= 4 ? [0, Math.round(last / 3), Math.round((2 * last) / 3), last] : [0, last];
  for (const cut of cuts) keep[cut] = 1;
  const stack = cuts.slice(1).map((end, i) => [cuts[i], end]);
  while (stack.length) {
    const [first, last] = stack.pop();
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const length = Math.hypot(bx - ax, by - ay);
    let worst = -1;
    let worstDistance = 0;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const distance = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (distance > worstDistance) [worst, worstDistance] = [i, distance];
    }
    if (worst >= 0 && worstDistance > tolerance) {
      keep[worst] = 1;
      stack.push([first, worst], [worst, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Zigzag varints, 5 bits per character (offset 63, continuation 0x20), as Google polylines. */
function encodeNumber(value) {
  let u = value < 0 ? ~(value << 1) : value << 1;
  let out = '';
  while (u >= 0x20) {
    out += String.fromCharCode((0x20 | (u & 0x1f)) + 63);
    u >>= 5;
  }
  return out + String.fromCharCode(u + 63);
}

function encodeArc(points) {
  let px = 0;
  let py = 0;
  let out = '';
  for (const [x, y] of points) {
    out += encodeNumber(x - px) + encodeNumber(y - py);
    [px, py] = [x, y];
  }
  return out;
}

const simplified = absoluteArcs.map((arc) => simplify(arc, TOLERANCE));
const before = absoluteArcs.reduce((n, arc) => n + arc.length, 0);
const after = simplified.reduce((n, arc) => n + arc.length, 0);

const provinces = object.geometries
  .map((geometry) => ({
    code: geometry.properties.statcode,
    name: geometry.properties.statnaam,
    polygons: geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs,
  }))
  .sort((a, b) => a.code.localeCompare(b.code));

const output = {
  format: 'digivaardig-outline',
  version: 1,
  // The credit as sources/README.md words it, in both languages the widgets speak.
  attribution: {
    nl: 'Grenzen: © CBS / Kadaster (CBS Gebiedsindelingen 2025, via PDOK), vereenvoudigd door cartomap/nl, bewerkt',
    en: 'Boundaries: © CBS / Kadaster (CBS Gebiedsindelingen 2025, via PDOK), simplified by cartomap/nl, modified',
  },
  scale,
  translate,
  arcs: simplified.map(encodeArc),
  provinces,
};
const json = `${JSON.stringify(output)}\n`;
writeFileSync(outPath, json);
console.log(
  `Wrote ${relative(repoRoot, outPath)}: ${provinces.length} provinces, ${after} of ${before} points kept, ${json.length} bytes, ${gzipSync(json, { level: 9 }).length} gzipped.`,
);
