// Benchmark of <dv-ido-finder> for `pnpm bench` (scripts/bench.mjs calls benchIdoFinder()
// and prints its lines):
//  - nearest-10 over 680 and 10,000 locations spread like real ones (Node, the shipped
//    linear scan: median per query; goal ≤ 1 ms for 10,000);
//  - postcode lookup: decoding the embedded PC4 table once, then resolving typed postcodes
//    and place names (median per query);
//  - first render of the results list in headless Chromium: from appending
//    <dv-ido-finder map="none" postcode="…"> to a laid-out list of 5 (the locations and the
//    PC4 table already cached, as after the first search), median over runs.
// The TypeScript sources are bundled with esbuild first, so this measures the shipped code.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

const LOGIC = `
export { createGeoIndex, decodePc4Table } from './packages/core/src/index.ts';
export { resolveOrigin } from './packages/ido-finder/src/search/origin.ts';
export { rankLocations } from './packages/ido-finder/src/search/select.ts';
export { prepareLocations } from './packages/ido-finder/src/locations/location.ts';
export { prng } from './test/support/prng.ts';
`;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => `${value < 0.1 ? value.toFixed(4) : value.toFixed(3)} ms`;

async function bundle(contents, platform) {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform,
    write: false,
    minify: platform === 'browser',
    conditions: ['source'],
    external: platform === 'node' ? ['lit', 'lit/*', '@lit/*'] : [],
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** `count` locations at real postcode points (with a little spread), as a national list would be. */
function locationsAt(table, count, random) {
  return Array.from({ length: count }, (_, i) => {
    const row = Math.floor(random() * table.count);
    return { id: `l${i}`, name: `Locatie ${i}`, lat: table.lat[row] + (random() - 0.5) * 0.01, lon: table.lon[row] + (random() - 0.5) * 0.01 };
  });
}

function timeNearest(logic, table, count, random) {
  const places = logic.prepareLocations(locationsAt(table, count, random)).placed;
  const index = logic.createGeoIndex(places);
  const origins = Array.from({ length: 2000 }, () => {
    const row = Math.floor(random() * table.count);
    return { lat: table.lat[row], lon: table.lon[row] };
  });
  for (const origin of origins.slice(0, 200)) index.nearest(origin, { limit: 10 }); // warm up
  const times = [];
  // Batches of 20 queries: one query is too short for the timer's resolution.
  for (let i = 0; i < origins.length; i += 20) {
    const start = performance.now();
    for (let j = i; j < i + 20; j++) index.nearest(origins[j], { limit: 10 });
    times.push((performance.now() - start) / 20);
  }
  return median(times);
}

async function firstListRender(runs) {
  const finder = await bundle(`import './packages/ido-finder/src/index.ts';`, 'browser');
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="/finder.js"></script></head><body></body></html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    if (path === '/') return response.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(page);
    if (path === '/finder.js') return response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(finder);
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { launch } = await import('../../test/e2e/support.mjs');
  const browser = await launch();
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });
    await tab.waitForFunction(() => customElements.get('dv-ido-finder'));
    return await tab.evaluate(async (runs) => {
      const times = [];
      const postcodes = ['2311', '9712', '6211', '1012', '7511', '4331', '8911', '5611'];
      for (let i = 0; i <= runs; i++) {
        const element = document.createElement('dv-ido-finder');
        element.setAttribute('map', 'none');
        element.setAttribute('postcode', postcodes[i % postcodes.length]);
        const ready = new Promise((resolve) => element.addEventListener('dv-ready', resolve, { once: true }));
        const start = performance.now();
        document.body.append(element);
        await ready;
        element.shadowRoot.querySelector('.results').getBoundingClientRect();
        times.push(performance.now() - start);
        element.remove();
      }
      const rest = times.slice(1).sort((a, b) => a - b);
      return { first: times[0], median: rest[Math.floor(rest.length / 2)] };
    }, runs);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs the finder's benchmarks; returns printable lines. */
export async function benchIdoFinder({ runs = Number(process.env.BENCH_RUNS ?? 51) } = {}) {
  const code = await bundle(LOGIC, 'node');
  const logic = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const json = JSON.parse(readFileSync(join(root, 'packages/data/data/pc4.json'), 'utf8'));

  const decodeTimes = [];
  let table;
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    table = logic.decodePc4Table(json);
    decodeTimes.push(performance.now() - start);
  }
  // The same "random" locations every run.
  const random = logic.prng(20261129);
  const near680 = timeNearest(logic, table, 680, random);
  const near10k = timeNearest(logic, table, 10_000, random);

  const queries = ['2311 EZ', '9712', '6211ab', 'Leiden', 'den bosch', 'Súdwest-Fryslân', '1001', 'Xyzzy'];
  for (const q of queries) logic.resolveOrigin(table, q); // builds the place index once
  const lookupTimes = [];
  for (let i = 0; i < 400; i++) {
    const start = performance.now();
    for (const q of queries) logic.resolveOrigin(table, q);
    lookupTimes.push((performance.now() - start) / queries.length);
  }
  const postcodeTimes = [];
  for (let i = 0; i < 400; i++) {
    const start = performance.now();
    for (let j = 0; j < 50; j++) logic.resolveOrigin(table, '2311 EZ');
    postcodeTimes.push((performance.now() - start) / 50);
  }

  const lines = [
    '<dv-ido-finder> (Node for the logic, headless Chromium for the list):',
    `  nearest-10 over 680 locations          median ${ms(near680)} per query`,
    `  nearest-10 over 10,000 locations       median ${ms(near10k)} per query (goal ≤ 1 ms)`,
    `  PC4 table decode (4,069 postcodes)     median ${ms(median(decodeTimes))} (once per page)`,
    `  postcode lookup ("2311 EZ")            median ${ms(median(postcodeTimes))} per query`,
    `  postcode or place lookup (mixed)       median ${ms(median(lookupTimes))} per query`,
  ];
  try {
    const render = await firstListRender(runs);
    lines.push(`  first render of the list (5 results)   median ${ms(render.median)} over ${runs} runs (cold: ${ms(render.first)})`);
  } catch (error) {
    lines.push(`  first render of the list: not measured (${error.message})`);
  }
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of await benchIdoFinder()) console.log(line);
}
