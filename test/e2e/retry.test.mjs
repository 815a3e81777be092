// Data of the IDO finder that does not arrive (a visitor offline for a moment, a file a
// firewall held back) ends in "Probeer opnieuw", and that button really fetches it again:
// nothing on the way (the data loaders' loadOnce, the finder's search and its regions)
// keeps the failure. In Chromium, from dist/: the first request for the file fails, later
// ones get through. (The data is fetched as JSON, not imported as a module: not every
// browser we support fetches a module again after a failed import(); see
// packages/data/src/fetch-data.ts.)
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { servedDist } from './support.mjs';

const site = servedDist();

const phaseOf = (tab) => tab.evaluate(() => document.querySelector('dv-ido-finder')?.shadowRoot?.querySelector('[part="base"]')?.dataset.phase);

/** Opens a test page, failing the first request whose path matches `pattern` (as when offline). */
async function openFailingOnce(page, pattern) {
  const tab = await site.browser.newPage();
  await tab.setViewport({ width: 1280, height: 800 });
  await tab.setRequestInterception(true);
  const asked = [];
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (pattern.test(path)) {
      asked.push(path);
      if (asked.length === 1) return void request.abort('internetdisconnected');
    }
    return void request.continue();
  });
  await tab.goto(`${site.base}/pages/${page}.html`);
  return { tab, asked };
}

/** Waits for the finder's phase (an error with its words and button, which come a moment later); then its visible text. */
async function settles(tab, phase) {
  await tab.waitForFunction(
    (wanted) => {
      const root = document.querySelector('dv-ido-finder')?.shadowRoot;
      return root?.querySelector('[part="base"]')?.dataset.phase === wanted && (wanted !== 'error' || Boolean(root.querySelector('button[part="retry"]')));
    },
    { timeout: 10000 },
    phase,
  );
  return tab.evaluate(() => document.querySelector('dv-ido-finder').shadowRoot.querySelector('[part="base"]').innerText.replace(/\s+/g, ' '));
}

const CASES = [
  ['the region of the postcode table a postcode needs', 'weight-ido-postcode', /^\/a\/chunks\/pc4-[0-9a-f]{8}\/23\.json$/, '2311 EZ Leiden'],
  ['a region of the demonstration locations', 'weight-ido-postcode', /^\/a\/chunks\/locations-demo-[0-9a-f]{8}\/\d+\.json$/, '2311 EZ Leiden'],
  ['the whole postcode table a place name needs', 'retry-ido-place', /^\/a\/chunks\/pc4-[\w-]{8}\.json$/, 'dicht bij Leiden'],
];

describe('"Probeer opnieuw" fetches data that did not arrive again', () => {
  for (const [what, page, pattern, near] of CASES) {
    it(`${what}: an error with "Probeer opnieuw", then the list`, async () => {
      const { tab, asked } = await openFailingOnce(page, pattern);
      try {
        const error = await settles(tab, 'error');
        assert.match(error, /Probeer opnieuw/);
        assert.equal(asked.length, 1, `asked once before the retry: ${asked.join(', ')}`);
        await tab.evaluate(() => document.querySelector('dv-ido-finder').shadowRoot.querySelector('button[part="retry"]').click());
        const ready = await settles(tab, 'ready');
        assert.ok(asked.length >= 2, `asked again after "Probeer opnieuw": ${asked.join(', ')}`);
        assert.ok(ready.includes(near), `the list says where it is from ("${near}"): ${ready.slice(0, 300)}`);
        const results = await tab.evaluate(() => document.querySelector('dv-ido-finder').shadowRoot.querySelectorAll('.result').length);
        assert.equal(results, 5);
        assert.equal(await phaseOf(tab), 'ready');
      } finally {
        await tab.close();
      }
    });
  }
});
