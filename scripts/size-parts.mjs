#!/usr/bin/env node
// Where the bytes of a page go: for every file a page loads (an entry plus the chunks it
// imports statically), the source modules in it and what each costs, min+gzip. A module's
// cost is what the file would lose without it (gzip of the file minus gzip of the file
// without that module's code), so the figures answer "what would leaving it out save?".
// Read from packages/widgets/dist and its source maps (built by `pnpm build:cdn`).
//   node scripts/size-parts.mjs                      → digivaardig.js + stat-card.js
//   node scripts/size-parts.mjs self-check.js        → digivaardig.js + self-check.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '@jridgewell/sourcemap-codec';
import { closure, dist, gzipLength as gzip, readGraph } from './lib/dist-graph.mjs';

const graph = readGraph();
const entry = process.argv[2] ?? 'stat-card.js';
if (!graph[entry]?.isEntry) {
  console.error(`${entry} is not an entry of dist/ (${Object.keys(graph).filter((f) => graph[f].isEntry).join(', ')}).`);
  process.exit(1);
}


/** The file's code cut into runs, each with the source module it came from (or null). */
function runsBySource(file) {
  const code = readFileSync(join(dist, file), 'utf8');
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
  const lines = code.split('\n');
  const runs = [];
  const mappings = decode(map.mappings);
  lines.forEach((line, lineIndex) => {
    const segments = mappings[lineIndex] ?? [];
    let column = 0;
    let source = null;
    for (const segment of segments) {
      if (segment[0] > column) runs.push({ source, text: line.slice(column, segment[0]) });
      column = segment[0];
      source = segment.length > 1 ? map.sources[segment[1]] : null;
    }
    runs.push({ source, text: lineIndex < lines.length - 1 ? `${line.slice(column)}\n` : line.slice(column) });
  });
  return runs;
}

/** "../../../core/src/base/dv-element.ts" → "core/src/base/dv-element.ts"; packages by name. */
const shortName = (source) =>
  source === null
    ? '(glue: imports, exports, wrapping)'
    : (source.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+\/.*)$/)?.[1] ?? source.replace(/^(\.\.\/)+(packages\/)?/, ''));

const files = [...closure(graph, 'digivaardig.js'), ...closure(graph, entry)].filter((file, i, all) => all.indexOf(file) === i);
let pageTotal = 0;
for (const file of files) {
  const runs = runsBySource(file);
  const whole = runs.map((run) => run.text).join('');
  const total = gzip(whole);
  pageTotal += total;
  console.log(`\n${file}: ${(total / 1024).toFixed(2)} KB`);
  const sources = [...new Set(runs.map((run) => run.source))];
  const parts = sources.map((source) => {
    const without = runs.filter((run) => run.source !== source).map((run) => run.text).join('');
    return { name: shortName(source), saves: total - gzip(without) };
  });
  for (const { name, saves } of parts.sort((a, b) => b.saves - a.saves)) {
    if (sources.length > 1) console.log(`  ${String(saves).padStart(6)} B  ${name}`);
  }
}
console.log(`\npage total (digivaardig.js + ${entry}): ${(pageTotal / 1024).toFixed(2)} KB`);
