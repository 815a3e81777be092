#!/usr/bin/env node
// Size budgets, min+gzip (level 9), for what a page really loads: an entry plus every
// chunk it imports statically. Reads packages/widgets/dist (built by `pnpm build:cdn`)
// and its bundle-graph.json. Exits 1 when a budget is exceeded.
//   node scripts/size.mjs            → table
//   node scripts/size.mjs --markdown → the same as a Markdown table (for docs/performance.md)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { basePlugins } from '../packages/widgets/rollup.config.mjs';
import { closure, dist, gzipLength, readGraph, root } from './lib/dist-graph.mjs';

const graph = readGraph();
const gz = new Map();
const gzipSize = (file) => {
  if (!gz.has(file)) gz.set(file, gzipLength(readFileSync(join(dist, file))));
  return gz.get(file);
};
/**
 * The real file name of a chunk, whatever its content hash is today ("chunks/lit-*.js").
 * Two chunks can share a name ("engine"): then say whose, as "chunks/engine-*.js@ido-finder"
 * (where the chunk's code comes from, as bundle-graph.json records it).
 */
const chunk = (spec) => {
  const [pattern, origin] = spec.split('@');
  const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace('*', '[A-Za-z0-9_-]{8}')}$`);
  const assets = readdirSync(join(dist, 'chunks')).map((name) => `chunks/${name}`);
  const candidates = [...new Set([...Object.keys(graph), ...assets])];
  const found = candidates.filter((name) => re.test(name) && (!origin || graph[name]?.origins?.includes(origin)));
  if (found.length === 0 && existsSync(join(dist, pattern))) return pattern;
  if (found.length !== 1) throw new Error(`${spec} matches ${found.length} chunks (${found.join(', ') || 'none'})`);
  return found[0];
};
const load = (...patterns) => {
  const files = new Set();
  for (const pattern of patterns) for (const file of closure(graph, chunk(pattern))) files.add(file);
  return files;
};
/** What `patterns` add on a page that already has `base` (shared chunks are cached). */
const extra = (base, ...patterns) => new Set([...load(...patterns)].filter((file) => !base.has(file)));
const KB = 1024;
const shared = load('digivaardig.js', 'chunks/lit-*.js');
/**
 * A widget's own code: what `patterns` add beyond the shared chunk, leaving out chunks
 * made only of core logic (geo, hours, loader…) that other widgets share.
 */
const ownCode = (widget, ...patterns) =>
  new Set([...extra(shared, ...patterns)].filter((file) => (graph[file]?.origins ?? [widget]).some((o) => o === widget || o === 'widgets')));
/** Core logic chunks (shared between widgets) that `patterns` load beyond the shared chunk. */
const coreLogic = (...patterns) =>
  new Set([...extra(shared, ...patterns)].filter((file) => (graph[file]?.origins ?? []).every((o) => o === 'core')));
// The autoloader imports each widget's module in its chunk, not the entry file of the
// same name (packages/widgets/src/digivaardig.ts): a page loads what these name.
/**
 * The largest file of a data set's regions: the JSON files of one folder in dist/chunks/
 * ("chunks/pc4-*": the folder's name ends in a hash of its files), each fetched on its own.
 */
const largest = (folderPattern) => {
  const folder = chunk(folderPattern);
  const file = readdirSync(join(dist, folder))
    .map((name) => `${folder}/${name}`)
    .reduce((most, name) => (gzipSize(name) > gzipSize(most) ? name : most));
  return new Set([file]);
};
const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
const cardPage = load('digivaardig.js', 'chunks/stat-card-*.js');
const checkPage = load('digivaardig.js', 'chunks/self-check-*.js');
const finderPage = load('digivaardig.js', 'chunks/ido-finder-*.js');
const coursePage = load('digivaardig.js', 'chunks/course-finder-*.js');

// [what, files, budget in bytes, goal]. Budgets come from the issues; see docs/performance.md.
const rows = [
  ['autoloader (digivaardig.js)', load('digivaardig.js'), 1 * KB],
  ['shared chunk: Lit + core base element, theme, formatting', extra(load('digivaardig.js'), 'chunks/lit-*.js'), undefined],

  ['page with one <dv-stat-card>, inline, no chart', cardPage, 15.7 * KB, 13.5 * KB],
  ['  the same with dist/stat-card.js instead of the autoloader', load('stat-card.js'), undefined, 13.5 * KB],
  ['  + the embedded statistics (stat="…")', extra(cardPage, 'chunks/statistics-*.js'), undefined],
  ['page with one <dv-stat-grid> (with its statistics)', load('digivaardig.js', 'chunks/grid-*.js', 'chunks/statistics-*.js'), undefined],
  ['chart chunk, bar (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-bar.js'), 46 * KB],
  ['chart chunk, line (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-line.js'), 46 * KB],
  ['chart chunk, doughnut (on top of the card)', extra(cardPage, 'chunks/chart-view-*.js', 'chunks/chart-doughnut.js'), 46 * KB],

  ['page with one <dv-self-check>, before answering', checkPage, 22.95 * KB],
  ['  + the DigIQ question set (JSON data, fetched)', extra(checkPage, 'chunks/questions-digiq-*.json'), undefined],
  ['  + the SLO question set (JSON data, fetched)', extra(checkPage, 'chunks/questions-slo-*.json'), undefined],
  ['self-check own code (beyond the shared chunk)', ownCode('self-check', 'self-check.js', 'chunks/result-view-*.js'), 12.8 * KB],
  ['radar chart (chart="radar", on top of the result)', extra(load('digivaardig.js', 'self-check.js', 'chunks/result-view-*.js'), 'chunks/radar-chart-*.js'), 46 * KB],

  ['page with one <dv-ido-finder map="none">, before a search', finderPage, 22.65 * KB],
  ['  + search and results (first search)', extra(finderPage, 'chunks/engine-*.js@ido-finder'), undefined],
  ['ido-finder own code (entry + search engine)', ownCode('ido-finder', 'ido-finder.js', 'chunks/engine-*.js@ido-finder'), 15.2 * KB],
  ['  + core logic it shares (geo, hours)', coreLogic('ido-finder.js', 'chunks/engine-*.js@ido-finder'), undefined],
  ['map chunk (Leaflet, CSS, outline, clustering)', extra(load('digivaardig.js', 'ido-finder.js', 'chunks/engine-*.js@ido-finder'), 'chunks/map-view-*.js'), 50.35 * KB],
  ['embedded demo locations, all (the map; JSON data, fetched)', extra(finderPage, 'chunks/locations-demo-*.json'), undefined],
  ['  one region of them (the largest of 64 grid cells; a search loads a few)', largest('chunks/locations-demo-*'), 1.1 * KB],
  ['embedded postcode table (PC4), all (a place name; JSON data, fetched)', extra(finderPage, 'chunks/pc4-*.json'), 30 * KB],
  ['  one region of it (the largest of 90 hundreds; a postcode loads one)', largest('chunks/pc4-*'), 1.35 * KB],

  ['page with one <dv-course-finder>, before interaction', coursePage, 28.7 * KB],
  ['course-finder own code (beyond the shared chunk)', ownCode('course-finder', 'course-finder.js'), 15 * KB],
  ['  + the sample courses (JSON data, fetched)', extra(coursePage, 'chunks/courses-sample-*.json'), undefined],

  ['feed loader + a schema (only with src)', extra(cardPage, 'chunks/loader-*.js', 'chunks/statistic.schema-*.js'), undefined],
  ['CSV parser (only for a CSV feed)', extra(load('digivaardig.js', 'stat-card.js', 'chunks/loader-*.js'), 'chunks/csv-*.js'), undefined],
  ['error view (only on an error)', extra(cardPage, 'chunks/problem-view-*.js'), undefined],
  ['check report view (only with check)', extra(cardPage, 'chunks/report-view-*.js'), undefined],
];

/*
 * The yardstick: the least a Lit element can be (scripts/bench/bare-element.ts, the same
 * element `pnpm bench` times), built and minified as the widgets are. Whatever a widget
 * weighs beyond it is ours.
 */
const yardstick = await rollup({ input: join(root, 'scripts/bench/bare-element.ts'), plugins: basePlugins(), onwarn: () => {} });
const { output } = await yardstick.generate({ format: 'es' });
const bareLit = gzipLength(output[0].code);
rows.splice(1, 0, ['bare Lit element, for comparison (Lit alone)', bareLit, undefined]);

const markdown = process.argv.includes('--markdown');
const kb = (bytes) => `${(bytes / KB).toFixed(2)} KB`;
let failed = 0;
const lines = markdown ? ['| what | min+gzip | budget | result |', '|---|---:|---:|---|'] : [];
for (const [what, files, budget, goal] of rows) {
  const total = typeof files === 'number' ? files : [...files].reduce((sum, file) => sum + gzipSize(file), 0);
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
