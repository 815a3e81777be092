// No layout shift from the widgets: a page with every widget between its own text
// (test/e2e/pages/layout.html, which links dist/digivaardig.css as getting-started.md
// says) is loaded from dist/ at 375 and 1280 px, the widgets on the first screen settle,
// the page is scrolled to the end (the finders' data, charts and the map load on the way,
// as they wait below the fold), every widget settles, and the page is scrolled back. Every
// `layout-shift` entry not caused by input counts (buffered, from the first paint on).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './support.mjs';

const site = servedDist();
const WIDGETS = ['card', 'check', 'grid', 'finder', 'courses', 'chart'];
/** On the first screen at 375 px; the finders below wait for the visitor to scroll near. */
const FIRST_SCREEN = ['card', 'check'];
const LIMIT = 0.01;

async function shiftsAt(width) {
  const page = await site.browser.newPage();
  await page.setViewport({ width, height: 800 });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const sources = entry.sources.map((source) => {
          const node = source.node;
          const name = node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ''}` : '?';
          return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
        });
        window.__shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site.base}/pages/layout.html`, { waitUntil: 'load' });
  const settled = (ids) =>
    page.waitForFunction(
      (names) => names.every((id) => ['ready', 'empty', 'error'].includes(document.getElementById(id)?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase)),
      { timeout: 20000 },
      ids,
    );
  await settled(FIRST_SCREEN);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
  // Down to the end in steps (what waits below the fold loads now) and back up.
  await page.evaluate(async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
    for (let y = 0; y < document.documentElement.scrollHeight; y += 300) {
      scrollTo(0, y);
      await pause();
    }
  });
  await settled(WIDGETS);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 15000 });
  await page.evaluate(async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 60));
    for (let y = document.documentElement.scrollHeight; y > 0; y -= 600) {
      scrollTo(0, y);
      await pause();
    }
  });
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const result = await page.evaluate((ids) => ({
    shifts: window.__shifts,
    sizes: ids.map((id) => `${id} ${Math.round(document.getElementById(id).getBoundingClientRect().height)} px`),
  }), WIDGETS);
  await page.close();
  return result;
}

describe('layout shift caused by the widgets, from dist/', () => {
  for (const width of [375, 1280]) {
    it(`at ${width} px: cumulative layout shift ≤ ${LIMIT}`, async () => {
      const { shifts, sizes } = await shiftsAt(width);
      const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
      // The loaded sizes, to compare with packages/widgets/src/reserve.css.
      console.log(`  ${width} px: CLS ${total.toFixed(4)}; loaded sizes: ${sizes.join(', ')}`);
      const detail = shifts.map((shift) => `${shift.value.toFixed(4)} at ${shift.at} ms: ${shift.sources.join(', ')}`).join('\n');
      assert.ok(total <= LIMIT, `layout shift ${total.toFixed(4)} > ${LIMIT}:\n${detail}`);
    });
  }
});
