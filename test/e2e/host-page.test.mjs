// The built bundle (dist/) on the pages and networks webmasters really have, in Chromium:
// a theme's CSS that matches every element, a page in dark mode (or not) in a dark
// system, and map tiles that cannot be fetched. Build first: pnpm build:cdn.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, scrollThrough, servedDist, settledText } from './support.mjs';
import { hostChecks } from '../support/host-checks.mjs';

const site = servedDist();

describe('dist/ on a page with hostile CSS (* content-box, html 62.5%, button all:unset, [hidden] block, …)', () => {
  it('every widget fits, keeps its controls apart and its text at 14 px or more, at 1280, 375 and 320 px', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/hostile.html`);
    await scrollThrough(page);
    for (const id of ['card', 'grid', 'check', 'finder', 'courses']) await settledText(page, `#${id}`);
    // The finder's map is there (its markers), so its controls are measured too.
    await page.waitForFunction(() => document.querySelector('#finder')?.shadowRoot?.querySelector('.leaflet-marker-icon'), { timeout: 10000 });
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '10px', 'the page shrinks its rem');
    for (const width of [1280, 375, 320]) {
      await page.setViewport({ width, height: 800 });
      // Charts and the map follow their box on the next frames.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
      for (const widget of await page.$$('main > [id]')) {
        const id = await widget.evaluate((el) => el.id);
        // hostChecks is self-contained: Puppeteer runs its source in the page.
        const { wider, overlaps, small, shown } = await page.evaluate(hostChecks, widget, width);
        if (id === 'hidden') {
          assert.equal(shown, false, 'a widget with hidden stays hidden');
          continue;
        }
        assert.deepEqual(wider, [], `#${id} sticks out of ${width} px`);
        assert.deepEqual(overlaps, [], `#${id}: controls overlap at ${width} px`);
        assert.deepEqual(small, [], `#${id}: text under 14 px at ${width} px`);
      }
      assert.ok(await page.evaluate((w) => document.documentElement.scrollWidth <= w, width), `the page scrolls sideways at ${width} px`);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('dist/: theme="auto" follows the host page, not the visitor’s system', () => {
  it('stays light on a light page in a dark system, and follows the page’s dark mode as it changes', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/host-theme.html`);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await settledText(page, '#auto');
    const background = (id) => page.evaluate((sel) => getComputedStyle(document.querySelector(sel).shadowRoot.querySelector('[part="base"]')).backgroundColor, `#${id}`);
    const becomes = (id, colour) =>
      page.waitForFunction(
        (sel, expected) => getComputedStyle(document.querySelector(sel).shadowRoot.querySelector('[part="base"]')).backgroundColor === expected,
        { timeout: 3000 },
        `#${id}`,
        colour,
      );
    const LIGHT = 'rgb(255, 255, 255)';
    const DARK = 'rgb(18, 20, 23)';
    assert.equal(await background('auto'), LIGHT, 'a light page in a dark system: light');
    await page.evaluate(() => document.documentElement.classList.add('dark'));
    await becomes('auto', DARK);
    assert.equal(await background('light'), LIGHT, 'theme="light" stays light');
    await page.evaluate(() => document.documentElement.classList.remove('dark'));
    await becomes('auto', LIGHT);
    // A page's own color-scheme (set from its stylesheet or, here, the style attribute).
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'dark'));
    await becomes('auto', DARK);
    await page.evaluate(() => document.documentElement.setAttribute('data-bs-theme', 'light'));
    await becomes('auto', LIGHT);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('dist/: the IDO finder’s map when its tiles cannot be fetched', () => {
  it('ends like tiles="none" with a note, for a host that refuses and for one the page blocks', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/map-tiles-fail.html`);
    await settledText(page, '#refused');
    await page.evaluate((base) => {
      document.querySelector('#refused').tiles = `${base}/refused-tiles/{z}/{x}/{y}.png`;
    }, site.base);
    for (const id of ['refused', 'blocked']) {
      await settledText(page, `#${id}`);
      // The map loads when its finder nears the viewport: bring each one on screen.
      await page.evaluate((sel) => document.querySelector(sel).scrollIntoView(), `#${id}`);
      await page.waitForFunction(
        (sel) => {
          const root = document.querySelector(sel)?.shadowRoot;
          return root?.querySelector('.map-canvas.no-tiles') && root.querySelector('.map-note')?.textContent.includes('De kaart kan nu niet laden.');
        },
        { timeout: 15000 },
        `#${id}`,
      );
      const state = await page.evaluate((sel) => {
        const root = document.querySelector(sel).shadowRoot;
        return {
          tiles: root.querySelectorAll('.leaflet-tile-pane img').length,
          land: getComputedStyle(root.querySelector('path.nl-land')).fillOpacity,
          places: root.querySelectorAll('.dv-place').length,
          markers: root.querySelectorAll('.dv-marker').length,
          credits: root.querySelector('.leaflet-control-attribution').textContent,
        };
      }, `#${id}`);
      assert.equal(state.tiles, 0, `#${id}: no tiles left`);
      assert.equal(state.land, '1', `#${id}: the land is drawn`);
      assert.ok(state.places > 3, `#${id}: place names`);
      assert.equal(state.markers, 5, `#${id}: the markers stay`);
      assert.match(state.credits, /CBS \/ Kadaster/);
      assert.doesNotMatch(state.credits, /Kaartgegevens/);
    }
    // The blocked tiles are CSP violations (reported by the page's own listener); nothing else.
    assert.deepEqual(problems.filter((problem) => !/CSP violation: img-src|Content Security Policy directive: "img-src/.test(problem) && !/404/.test(problem)), []);
    await page.close();
  });
});
