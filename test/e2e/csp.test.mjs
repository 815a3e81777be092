// The built CDN bundle (packages/widgets/dist), self-hosted under a strict CSP, in real
// Chromium: the "done" check of the foundation issue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chartDrawn, openPage, scrollThrough, servedDist, settledText } from './support.mjs';

const site = servedDist();

describe('dist/ self-hosted under a strict Content-Security-Policy', () => {
  it('shows an inline stat card in Dutch and in English, and a bar chart, with no CSP violation', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/card.html`);
    const dutch = await settledText(page, '#nl');
    assert.match(dutch, /79%/);
    assert.match(dutch, /Gemiddelde in de EU ?: 58%/);
    assert.match(dutch, /Bron: CPB/);
    assert.match(dutch, /Gemeten in 2021/);
    const english = await settledText(page, '#en');
    assert.match(english, /EU average ?: 58%/);
    assert.match(english, /Source: CPB/);
    assert.match(english, /Measured in 2021/);
    const chart = await settledText(page, '#chart');
    assert.match(chart, /18 miljoen/);
    await chartDrawn(page);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('survives the script twice and two copies of dist/, and defines a widget inside a shadow root', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/twice.html`);
    const grid = await settledText(page, '#grid');
    assert.match(grid, /682/);
    const shadowed = await settledText(page, '#host >>> dv-stat-card');
    assert.match(shadowed, /682/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('runs the self-check, the IDO finder with its map and the course finder, with no CSP violation', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/widgets.html`);
    await scrollThrough(page);
    assert.match(await settledText(page, '#check'), /vijf minuten|5 minuten/i);
    const finder = await settledText(page, '#finder');
    assert.match(finder, /Leiden/);
    await page.waitForFunction(
      () => document.querySelector('#finder')?.shadowRoot?.querySelector('.leaflet-container .leaflet-marker-icon'),
      { timeout: 10000 },
    );
    assert.match(await settledText(page, '#courses'), /Klik & Tik|Digisterker/);
    assert.ok(await page.$('#courses script[type="application/ld+json"]'), 'JSON-LD for search engines');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('speaks English on an English page, map included: every widget, with its translations loaded from dist/', async () => {
    const { page, problems } = await openPage(site.browser, `${site.base}/pages/widgets-en.html`);
    await scrollThrough(page);
    assert.match(await settledText(page, '#grid >>> dv-stat-card'), /Source:/);
    assert.match(await settledText(page, '#check'), /five minutes|5 minutes/i);
    const finder = await settledText(page, '#finder');
    assert.match(finder, /locations near 2311 EZ Leiden/);
    assert.match(await settledText(page, '#courses'), /courses? found/);
    // The map's own words too: cluster names and the boundaries' credit. The map loads
    // when the finder nears the viewport (test/e2e/lazy.test.mjs): bring it there.
    await page.evaluate(() => document.querySelector('#finder').scrollIntoView());
    await page.waitForFunction(
      () => document.querySelector('#finder')?.shadowRoot?.querySelector('.leaflet-control-attribution')?.textContent?.includes('Boundaries'),
      { timeout: 10000, polling: 100 },
    );
    const dutch = await page.evaluate(() => {
      // What a visitor reads or hears: text and accessible names, not the JSON-LD for search engines.
      const text = (node) =>
        node.nodeType === 3
          ? node.textContent
          : node.localName === 'script'
            ? ''
            : [...(node.shadowRoot ? [node.shadowRoot] : []), ...node.childNodes].map(text).join(' ');
      const labels = [...document.querySelectorAll('main > *')].flatMap((widget) =>
        [...widget.shadowRoot.querySelectorAll('[aria-label], [title]')].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`),
      );
      // Our own Dutch words that must not show on an English page (data such as course titles may stay Dutch).
      return [text(document.querySelector('main')), ...labels].join(' ').match(/\b(locaties|Bron|Gemeten|Zoeken|Bezig met laden|Grenzen|Kaartgegevens|vandaag|gesloten|opent)\b/gi);
    });
    assert.equal(dutch, null, `Dutch words on the English page: ${dutch}`);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

