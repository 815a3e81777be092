// What a page really loads before the visitor does anything: every JavaScript and JSON
// response in headless Chromium (1280×800), gzipped (-9), until its widgets have settled
// and the network is quiet. Data fetched as JSON (question sets, sample courses) is data,
// not JavaScript, and is reported apart; a budget counts the JavaScript, or with
// `withData` both (issue #11: "JS and data together"). Budgets from the issues; see
// docs/performance.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { servedDist } from './support.mjs';

const KB = 1024;
const PAGES = [
  {
    page: 'weight-ido-postcode',
    tags: ['dv-ido-finder'],
    budget: 36.9 * KB,
    goal: 35 * KB,
    withData: true,
    what: '<dv-ido-finder postcode="2311 EZ" map="none">, its first list',
  },
  {
    page: 'weight-four-list',
    tags: ['dv-stat-card', 'dv-self-check', 'dv-ido-finder', 'dv-course-finder'],
    budget: 90 * KB,
    withData: true,
    what: 'four widgets stacked on one page (card, self-check, IDO finder and course finder with postcode="2311 EZ", the IDO finder map="none")',
  },
  {
    // The IDO finder's top is at 582 px: its map is in the first screen and loads (Leaflet
    // and every demonstration location, 62 KB). The goal of 90 KB is not met with a map in
    // view; see docs/performance.md.
    page: 'weight-four',
    tags: ['dv-stat-card', 'dv-self-check', 'dv-ido-finder', 'dv-course-finder'],
    budget: 143.05 * KB,
    goal: 90 * KB,
    withData: true,
    what: 'the same four widgets, the IDO finder with its map in view',
  },
  { page: 'weight-card', tags: ['dv-stat-card'], budget: 15.7 * KB, goal: 13.5 * KB, what: 'one inline <dv-stat-card>, no chart' },
  { page: 'weight-self-check', tags: ['dv-self-check'], budget: 22.95 * KB, what: '<dv-self-check>, before the first answer' },
  { page: 'weight-ido-finder', tags: ['dv-ido-finder'], budget: 22.65 * KB, what: '<dv-ido-finder map="none">, before a search' },
  { page: 'weight-course-finder', tags: ['dv-course-finder'], budget: 28.7 * KB, what: '<dv-course-finder>, before interaction' },
];

const site = servedDist();

async function weigh(page, tags) {
  const tab = await site.browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
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
  // A finder far below the fold loads its data once the visitor scrolls near: each widget
  // is brought on screen in turn, so the page's whole weight is counted.
  for (const name of tags) {
    await tab.evaluate((tag) => document.querySelector(tag).scrollIntoView(), name);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await tab.waitForFunction(
    (names) => names.every((name) => document.querySelector(name)?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase === 'ready'),
    { timeout: 10000 },
    tags,
  );
  // Chunks a widget imports right after its first render (idle work) count too.
  await tab.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
  await tab.close();
  return loaded;
}

describe('page weight before interaction (JS, min+gzip)', () => {
  for (const { page, tags, budget, goal, withData, what } of PAGES) {
    it(`${what}: ≤ ${budget / KB} KB${withData ? ' of JS and data' : ''}`, async () => {
      const loaded = await weigh(page, tags);
      const js = loaded.filter((file) => file.js).reduce((sum, file) => sum + file.gzip, 0);
      const data = loaded.filter((file) => !file.js).reduce((sum, file) => sum + file.gzip, 0);
      const counted = withData ? js + data : js;
      console.log(
        `  ${what}: ${(js / KB).toFixed(2)} KB of JS${data ? `, and ${(data / KB).toFixed(2)} KB of JSON data` : ''}` +
          (withData ? `: ${(counted / KB).toFixed(2)} KB` : '') +
          (goal ? ` (goal ${goal / KB} KB ${counted <= goal ? 'met' : 'not met'})` : ''),
      );
      const files = loaded.filter((f) => withData || f.js).map((f) => `${f.url} ${(f.gzip / KB).toFixed(2)}`);
      assert.ok(counted <= budget, `${(counted / KB).toFixed(2)} KB is over the ${budget / KB} KB budget: ${files.join(', ')}`);
    });
  }
});
