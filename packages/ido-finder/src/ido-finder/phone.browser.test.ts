import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from './dv-ido-finder.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';
import { PHONE, Visitor } from '../../../../test/support/phone.js';

/*
 * The IDO search as a visitor with few digital skills does it on a phone (375 × 667, the
 * test page's default 8 px margins), with the map as on a real page (no tiles: the test stays
 * offline): tap the field, type a postcode, tap "Zoeken". The count is in docs/design.md and
 * may not grow; after the search the first result is on the screen without scrolling.
 */

/** Taps from the empty finder to the results: the field, then "Zoeken". */
const TAPS_TO_RESULTS = 2;
/** Scrolls on the way. */
const SCROLLS_TO_RESULTS = 0;

describe('<dv-ido-finder> on a 375 × 667 phone', () => {
  before(() => setViewport(PHONE));
  after(() => setViewport({ width: 800, height: 600 }));

  it(`finds the nearest IDO from a postcode in ${TAPS_TO_RESULTS} taps, the first result on screen without scrolling`, async () => {
    scrollTo(0, 0);
    const el = document.createElement('dv-ido-finder') as DvIdoFinder;
    el.setAttribute('tiles', 'none');
    document.body.append(el);
    try {
      await settled(el, 'ready');
      expect(innerWidth).to.equal(PHONE.width);
      const root = el.shadowRoot!;
      const visitor = new Visitor();
      await visitor.tap(root.querySelector('[part="input"]')!);
      await sendKeys({ type: '2311 EZ' });
      await visitor.tap(root.querySelector('[part="search-button"]')!);
      await waitUntil(() => root.querySelectorAll('[part~="result"]').length > 0, 'no results', { timeout: 8000 });
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(visitor.taps, 'taps').to.equal(TAPS_TO_RESULTS);
      expect(visitor.scrolls, 'scrolls').to.equal(SCROLLS_TO_RESULTS);
      expect(scrollY, 'the page did not scroll').to.equal(0);
      const first = root.querySelector('[part~="result"]')!;
      const name = first.querySelector('[part~="name"]') ?? first;
      const box = name.getBoundingClientRect();
      expect(box.top, 'first result below the top').to.be.at.least(0);
      expect(box.bottom, `first result's name on screen (bottom ${Math.round(box.bottom)} px)`).to.be.at.most(innerHeight);
      expect(name.textContent).to.contain('Leiden');
    } finally {
      el.remove();
    }
  });
});
