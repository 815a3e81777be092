// What a page with one widget really loads before the visitor does anything: every
// JavaScript response in headless Chromium, gzipped (-9), until the widget has settled
// and the network is quiet. Data fetched as JSON (question sets, sample courses) is data,
// not JavaScript, and is reported apart. Budgets from the issues; see docs/performance.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { servedDist } from './support.mjs';

const KB = 1024;
const PAGES = [
  { page: 'weight-card', tag: 'dv-stat-card', budget: 14.05 * KB, what: 'one inline <dv-stat-card>, no chart' },
  { page: 'weight-self-check', tag: 'dv-self-check', budget: 20 * KB, what: '<dv-self-check>, before the first answer' },
  { page: 'weight-ido-finder', tag: 'dv-ido-finder', budget: 20 * KB, what: '<dv-ido-finder map="none">, before a search' },
  { page: 'weight-course-finder', tag: 'dv-course-finder', budget: 23.15 * KB, what: '<dv-course-finder>, before interaction' },
];

const site = servedDist();

async function weigh(page, tag) {
  const tab = await site.browser.newPage();
  const loaded = [];
  tab.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    if (!/javascript|json/.test(type)) return;
    try {
      const body = await response.buffer();
      loaded.push({ url: new URL(response.url()).pathname, js: type.includes('javascript'), gzip: gzipSync(body, { level: 9 }).length });
    } catch {
      // A response without a body (a redirect) weighs nothing.
    }
  });
  await tab.goto(`${site.base}/pages/${page}.html`, { waitUntil: 'networkidle0' });
  await tab.waitForFunction(
    (name) => document.querySelector(name)?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase === 'ready',
    { timeout: 10000 },
    tag,
  );
  // Chunks a widget imports right after its first render (idle work) count too.
  await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
  await tab.close();
  return loaded;
}

describe('page weight before interaction (JS, min+gzip)', () => {
  for (const { page, tag, budget, what } of PAGES) {
    it(`${what}: ≤ ${budget / KB} KB`, async () => {
      const loaded = await weigh(page, tag);
      const js = loaded.filter((file) => file.js).reduce((sum, file) => sum + file.gzip, 0);
      const data = loaded.filter((file) => !file.js).reduce((sum, file) => sum + file.gzip, 0);
      console.log(`  ${what}: ${(js / KB).toFixed(2)} KB of JS${data ? `, and ${(data / KB).toFixed(2)} KB of JSON data` : ''}`);
      assert.ok(js <= budget, `${(js / KB).toFixed(2)} KB of JS is over the ${budget / KB} KB budget: ${loaded.filter((f) => f.js).map((f) => f.url).join(', ')}`);
    });
  }
});
