// Chart.js and Leaflet load when their widget nears the viewport, or when the page is
// printed: a chart and a map far below the fold (test/e2e/pages/lazy.html), from dist/.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartDrawn, openPage, servedDist, settledText } from './support.mjs';

const site = servedDist();
const CHART = /chunks\/chart-bar\.js$/;
const MAP = /chunks\/map-view-[^/]+\.js$/;

/** Opens the long page and records the JavaScript it fetches. */
async function open() {
  const { page, problems } = await openPage(site.browser, `${site.base}/pages/lazy.html`);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  // Everything the widgets do by themselves has happened: data loaded, text shown.
  await settledText(page, '#chart');
  await settledText(page, '#finder');
  await page.waitForNetworkIdle({ idleTime: 500, timeout: 10000 });
  const earlier = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  fetched.push(...earlier);
  return { page, problems, fetched };
}

const mapDrawn = (page) =>
  page.waitForFunction(() => document.querySelector('#finder')?.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-icon'), { timeout: 10000 });

describe('Chart.js and Leaflet wait for their widget to near the viewport, from dist/', () => {
  it('far below the fold: no chart or map chunk until the visitor scrolls near, then both draw', async () => {
    const { page, problems, fetched } = await open();
    assert.equal(fetched.filter((path) => CHART.test(path) || MAP.test(path)).length, 0, `fetched before scrolling: ${fetched.join(', ')}`);
    // Not yet near: half way down is still more than a screen above the widgets.
    await page.evaluate(() => scrollTo(0, 1500));
    await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
    assert.equal(fetched.filter((path) => CHART.test(path) || MAP.test(path)).length, 0, 'fetched while still far away');
    await page.evaluate(() => document.querySelector('#chart').scrollIntoView());
    await chartDrawn(page);
    await mapDrawn(page);
    assert.ok(fetched.some((path) => CHART.test(path)), 'chart chunk fetched once near');
    assert.ok(fetched.some((path) => MAP.test(path)), 'map chunk fetched once near');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('printing (beforeprint) loads and draws both without scrolling', async () => {
    const { page, problems } = await open();
    // As window.print() does before the page is laid out for paper.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await chartDrawn(page);
    await mapDrawn(page);
    assert.equal(await page.evaluate(() => scrollY), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("the browser's print path (printing to PDF fires beforeprint) loads and draws both", async () => {
    const { page, problems, fetched } = await open();
    assert.equal(fetched.filter((path) => CHART.test(path) || MAP.test(path)).length, 0);
    await page.pdf({ format: 'A4' });
    await chartDrawn(page);
    await mapDrawn(page);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
