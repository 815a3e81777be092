// Issue #13: `languages` gives the visitor a language choice inside the widget. From dist/,
// under the strict CSP: the control's chunk loads only on a page that asks for it, and
// choosing turns the widget (words, direction) at once, for that widget only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, servedDist, settledText } from './support.mjs';

/** The card's label in Arabic, from the side file beside the embedded statistics. */
const read = (file) => JSON.parse(readFileSync(new URL(`../../packages/data/data/${file}`, import.meta.url), 'utf8'));
const dutchLabel = read('statistics.json').items.find((item) => item.id === 'digid-accounts').label.nl;
const arabicLabel = read('statistics.ar.json').texts[dutchLabel];
/** A data side file (statistics.ar.json …) as dist/ serves it. */
const SIDE_FILE = /\/chunks\/data-[^/]+\/statistics\.(ar|tr|pl|uk)\.json$/;

const site = servedDist();
const VIEW = /chunks\/language-choice-view-[^/]+\.js$/;

/** Opens a page, records the JavaScript it fetches, and waits until `selector` settled. */
async function open(path, selector) {
  const { page, problems } = await openPage(site.browser, `${site.base}${path}`);
  await settledText(page, selector);
  await page.waitForNetworkIdle({ idleTime: 300, timeout: 10000 });
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  return { page, problems, fetched };
}

describe('language choice (languages), from dist/', () => {
  it('a page without the attribute fetches none of it', async () => {
    const { page, problems, fetched } = await open('/pages/card.html', '#chart');
    assert.equal(fetched.filter((path) => VIEW.test(path)).length, 0, `fetched: ${fetched.join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('shows "Taal" with the languages in their own names; choosing Arabic turns that widget right to left, with its figure\'s words from the data\'s Arabic side file', async () => {
    const { page, problems, fetched } = await open('/pages/language-choice.html', '#choice');
    assert.equal(fetched.filter((path) => VIEW.test(path)).length, 1, 'the control’s chunk, once');
    await page.waitForFunction(() => document.querySelector('#choice').shadowRoot.querySelector('[part="language-select"]'), { timeout: 10000 });
    const control = () =>
      page.evaluate(() => {
        const root = document.querySelector('#choice').shadowRoot;
        const select = root.querySelector('[part="language-select"]');
        return {
          label: select.labels[0].textContent.trim(),
          options: [...select.options].map((option) => `${option.value}:${option.text}`),
          value: select.value,
          lang: root.querySelector('[part="base"]').getAttribute('lang'),
          dir: root.querySelector('[part="base"]').getAttribute('dir'),
        };
      });
    assert.deepEqual(await control(), { label: 'Taal', options: ['nl:Nederlands', 'en:English', 'ar:العربية'], value: 'nl', lang: 'nl', dir: 'ltr' });
    await page.evaluate(() => {
      window.changes = [];
      document.addEventListener('dv-language-change', (event) => window.changes.push(event.detail.locale));
      const select = document.querySelector('#choice').shadowRoot.querySelector('[part="language-select"]');
      select.focus();
      select.value = 'ar';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForFunction(() => window.changes.length === 1, { timeout: 10000 });
    assert.deepEqual(await control(), { label: 'اللغة', options: ['nl:Nederlands', 'en:English', 'ar:العربية'], value: 'ar', lang: 'ar', dir: 'rtl' });
    assert.deepEqual(await page.evaluate(() => window.changes), ['ar']);
    // The figure's own words come from the data's Arabic side file, fetched only now.
    assert.equal(fetched.filter((path) => SIDE_FILE.test(path)).length, 0, 'no side file before the choice');
    assert.ok(arabicLabel && /[\u0600-\u06FF]/.test(arabicLabel), 'statistics.ar.json has the label');
    await page.waitForFunction((label) => document.querySelector('#choice').shadowRoot.textContent.includes(label), { timeout: 10000 }, arabicLabel);
    const sideFiles = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    assert.deepEqual(sideFiles.filter((path) => SIDE_FILE.test(path)).map((path) => path.split('/').pop()), ['statistics.ar.json']);
    const other = await page.evaluate(() => document.querySelector('#plain').shadowRoot.querySelector('[part="base"]').getAttribute('lang'));
    assert.equal(other, 'nl', 'the other widget keeps the page’s language');
    assert.match(await settledText(page, '#choice'), /[\u0600-\u06FF]{3}/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
