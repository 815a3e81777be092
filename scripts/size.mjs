#!/usr/bin/env node
// Size budgets, min+gzip (level 9), for what a page really loads: an entry plus every
// chunk it imports statically. Reads packages/widgets/dist (built by `pnpm build:cdn`)
// and its bundle-graph.json. Exits 1 when a budget is exceeded.
//   node scripts/size.mjs            → table
//   node scripts/size.mjs --markdown → the same as a Markdown table (for docs/performance.md)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'packages/widgets/dist');
if (!existsSync(join(dist, 'bundle-graph.json'))) {
  console.error('No packages/widgets/dist/bundle-graph.json: run `pnpm build:cdn` first.');
  process.exit(1);
}
const graph = JSON.parse(readFileSync(join(dist, 'bundle-graph.json'), 'utf8'));
const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length);
  return gz.get(file);
};
/** The real file name of a chunk, whatever its content hash is today ("chunks/lit-*.js"). */
const chunk = (pattern) => {
  const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[^/]+')}$`);
  const file = Object.keys(graph).find((name) => re.test(name)) ?? (existsSync(join(dist, pattern)) ? pattern : undefined);
  if (!file) throw new Error(`no chunk matches ${pattern}`);
  return file;
};
/** A file plus everything it imports statically, transitively. */
const closure = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const dep of graph[file]?.imports ?? []) closure(dep, seen);
  return seen;
};
const load = (...patterns) => {
  const files = new Set();
  for (const pattern of patterns) for (const file of closure(chunk(pattern))) files.add(file);
  return files;
};
/** What `patterns` add on a page that already has `base` (shared chunks are cached). */
const extra = (base, ...patterns) => new Set([...load(...patterns)].filter((file) => !base.has(file)));
const cardPage = load('digivaardig.js', 'stat-card.js');

const KB = 1024;
// [what, files, budget in bytes]. Budgets come from the issues; see docs/performance.md.
const rows = [
  ['autoloader (digivaardig.js)', load('digivaardig.js'), 1 * KB],
  ['page with one <dv-stat-card>, inline, no chart', cardPage, 14 * KB, 10 * KB],
  ['  + the embedded statistics (stat="…")', extra(cardPage, 'chunks/statistics-*.js'), undefined],
  ['page with one <dv-stat-grid> (with its statistics)', load('digivaardig.js', 'stat-grid.js', 'chunks/statistics-*.js'), undefined],
  ['chart chunk, bar (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-bar.js'), 46 * KB],
  ['chart chunk, line (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-line.js'), 46 * KB],
  ['chart chunk, doughnut (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-doughnut.js'), 46 * KB],
  ['feed loader + schema (only with src)', extra(cardPage, 'chunks/loader-*.js', 'chunks/statistic.schema-*.js'), undefined],
  ['CSV parser (only for a CSV feed)', extra(load('digivaardig.js', 'stat-card.js', 'chunks/loader-*.js'), 'chunks/csv-*.js'), undefined],
  ['error view (only on an error)', extra(cardPage, 'chunks/problem-view-*.js'), undefined],
];

const markdown = process.argv.includes('--markdown');
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = 0;
const lines = markdown ? ['| what | min+gzip | budget | result |', '|---|---:|---:|---|'] : [];
for (const [what, files, budget, goal] of rows) {
  const total = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  const over = budget !== undefined && total > budget;
  if (over) failed++;
  const result = budget === undefined ? 'info' : over ? 'OVER BUDGET' : 'ok';
  const goalNote = goal !== undefined ? (total <= goal ? ` (goal ${kb(goal)} met)` : ` (goal ${kb(goal)} not met)`) : '';
  lines.push(
    markdown
      ? `| ${what.trim()} | ${kb(total)} | ${budget ? kb(budget) : '–'} | ${result}${goalNote} |`
      : `${what.padEnd(50)} ${kb(total).padStart(10)}  ${budget ? `budget ${kb(budget)}` : ''.padEnd(16)}  ${result}${goalNote}`,
  );
}
console.log(lines.join('\n'));
if (failed) {
  console.error(`\n${failed} size budget(s) exceeded.`);
  process.exit(1);
}
