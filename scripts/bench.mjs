#!/usr/bin/env node
// `pnpm bench`: timings against the built dist/ and the shipped logic.
// - first render of a stat card and of a bare Lit element in headless Chromium, in the
//   same run, so the ratio is visible;
// - the IDO finder (nearest, postcode lookup, first list render) and the course finder
//   (search per keystroke, CSV parsing): scripts/bench/*.mjs;
// - the shared data pipeline: 10,000 course rows from a Dutch Excel CSV, read and
//   normalised (scripts/bench/data-pipeline.mjs; goal: median ≤ 150 ms).
// Results go to docs/performance.md by hand (with the machine they ran on).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { build } from 'esbuild';
import { launch } from '../test/e2e/support.mjs';
import { benchCourseFinder } from './bench/course-finder.mjs';
import { benchIdoFinder } from './bench/ido-finder.mjs';
import { benchDataPipeline } from './bench/data-pipeline.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '../packages/widgets/dist');
const RUNS = Number(process.env.BENCH_RUNS ?? 101);

const bare = await build({
  entryPoints: [join(here, 'bench/bare-element.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  tsconfig: join(here, '../tsconfig.base.json'),
});
const PAGE = `<!doctype html><html lang="nl"><head><meta charset="utf-8">
<script type="module" src="/dist/stat-card.js"></script>
<script type="module" src="/bare.js"></script>
<script type="module" src="/page.js"></script></head><body></body></html>`;

const server = createServer((request, response) => {
  const path = new URL(request.url, 'http://x').pathname;
  // Cross-origin isolation gives performance.now() microsecond resolution (else 100 µs).
  const send = (type, body) =>
    response
      .writeHead(200, {
        'Content-Type': type,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      })
      .end(body);
  try {
    if (path === '/') return send('text/html', PAGE);
    if (path === '/bare.js') return send('text/javascript', bare.outputFiles[0].text);
    if (path === '/page.js') return send('text/javascript', readFileSync(join(here, 'bench/page.js')));
    if (path.startsWith('/dist/')) return send('text/javascript', readFileSync(join(dist, path.slice(6))));
  } catch {
    // fall through to 404
  }
  response.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof window.runBench === 'function');
  const result = await page.evaluate((runs) => window.runBench(runs), RUNS);
  const ms = (value) => `${value.toFixed(3)} ms`;
  console.log(`First render in headless Chromium, ${RUNS} runs each (median of runs 2–${RUNS}; first = cold):`);
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
  for (const [name, label] of [
    ['bare', 'bare Lit element'],
    ['card', '<dv-stat-card> inline'],
    ['cardFromDataset', '<dv-stat-card stat="…"> (embedded data)'],
  ]) {
    const { first, median } = result[name];
    console.log(`  ${label.padEnd(42)} median ${ms(median).padStart(10)}   first ${ms(first).padStart(10)}`);
  }
  console.log(`  ratio card / bare (median): ${(result.card.median / result.bare.median).toFixed(1)}×`);
} finally {
  await browser.close();
  server.close();
}

console.log('\n<dv-ido-finder>');
for (const line of await benchIdoFinder()) console.log(`  ${line}`);
console.log('\n<dv-course-finder>');
for (const line of await benchCourseFinder()) console.log(`  ${line}`);
console.log('\nData pipeline (core, with the course preparer)');
for (const line of await benchDataPipeline()) console.log(`  ${line}`);
