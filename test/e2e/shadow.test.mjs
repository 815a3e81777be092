// A widget inside a shadow root that the page makes long after load (2 s), open, closed
// or nested, on a page that wraps attachShadow itself (before the autoloader): its code is
// asked for in the task that connected it, it renders within two frames once that code is
// on the page, and the page's own wrapper keeps working. See docs/architecture.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, servedDist } from './support.mjs';

const site = servedDist();
const later = () => new Promise((resolve) => setTimeout(resolve, 2000));

/** Makes a late shadow root of `kind` with a card in it; returns when the card has rendered. */
async function late(page, kind) {
  await page.evaluate((which) => window.makeLate(which), kind);
  return page.waitForFunction(() => window.renderedAfter, { timeout: 10000 }).then((handle) => handle.jsonValue());
}

async function checkPage(page, kind) {
  const text = await page.evaluate((which) => {
    const root = window.roots[which];
    const card = which === 'nested' ? root.querySelector('div').shadowRoot.querySelector('dv-stat-card') : root.querySelector('dv-stat-card');
    return card.shadowRoot.textContent;
  }, kind);
  assert.match(text, /682/);
  // The page's own wrapper ran for its roots (and for the widget's), and its change held.
  const wrapped = await page.evaluate((which) => ({ count: window.pageRoots, mark: window.roots[which].pageWrapped, focus: window.roots[which].delegatesFocus }), kind);
  assert.ok(wrapped.count >= 2, `the page's wrapper saw ${wrapped.count} roots`);
  assert.equal(wrapped.mark, true);
  assert.equal(wrapped.focus, true);
}

describe('widgets in shadow roots attached after load, from dist/', () => {
  for (const kind of ['open', 'nested', 'closed']) {
    it(`the first widget on the page, in a ${kind} shadow root made 2 s after load: its code is asked for at once`, async () => {
      const { page, problems } = await openPage(site.browser, `${site.base}/pages/late-shadow.html`);
      await later();
      const after = await late(page, kind);
      const asked = await page.evaluate(() => {
        const chunk = performance.getEntriesByType('resource').find((entry) => /chunks\/stat-card-/.test(entry.name));
        return chunk && chunk.startTime - window.connectedAt;
      });
      console.log(`  first, ${kind}: chunk asked for ${asked?.toFixed(1)} ms after connecting; rendered ${after.frames} frames, ${after.ms.toFixed(0)} ms later`);
      assert.ok(asked !== undefined && asked < 16, `the chunk was asked for ${asked} ms after the widget was connected`);
      await checkPage(page, kind);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  for (const kind of ['open', 'nested', 'closed']) {
    it(`${kind} shadow root made 2 s after load, the widget's code on the page: rendered within two frames`, async () => {
      const { page, problems } = await openPage(site.browser, `${site.base}/pages/late-shadow.html`);
      // A card elsewhere on the page brought the code, as on a page that shows one already.
      await page.evaluate(() => document.body.append(Object.assign(document.createElement('dv-stat-card'), { value: '1' })));
      await page.waitForFunction(() => customElements.get('dv-stat-card'));
      await later();
      const after = await late(page, kind);
      console.log(`  ${kind}: rendered ${after.frames} frame(s), ${after.ms.toFixed(0)} ms after it was connected`);
      assert.ok(after.frames <= 2, `rendered only after ${after.frames} frames`);
      await checkPage(page, kind);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});
