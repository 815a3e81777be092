import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from '../ido-finder/dv-ido-finder.js';
import { deepText, settled } from '../../../../test/support/examples.js';
import { holdForeignImages } from '../../test/foreign-images.js';
import '../../../../test/support/locale-guard.js';

/*
 * The map on the pages and networks webmasters really have: tiles that cannot be fetched
 * (offline, a firewall, a blocked host), a phone-wide column, a long attribution line.
 */

const $ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A host that refuses every connection (Chromium does not even try this port). */
const REFUSED_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';
const NOTE = 'De kaart kan nu niet laden. Je ziet een eenvoudige kaart.';

async function inColumn(width: number, finder: ReturnType<typeof html>): Promise<DvIdoFinder> {
  const frame = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>${finder}</div>`);
  return frame.firstElementChild as DvIdoFinder;
}

/** Ends like tiles="none": no tiles, the land filled, place names, the note, no tiles' credit. */
async function expectSimpleMap(el: DvIdoFinder, timeout = 8000): Promise<void> {
  await waitUntil(() => $(el, '.map-canvas')?.classList.contains('no-tiles'), 'the map kept its tile layer', { timeout });
  expect($$(el, '.leaflet-tile-pane img')).to.have.length(0);
  expect(Number(getComputedStyle($(el, 'path.nl-land')!).fillOpacity)).to.equal(1);
  await waitUntil(() => $$(el, '.dv-place').length > 3, 'no place names', { timeout: 5000 });
  await waitUntil(() => deepText(el).includes(NOTE), 'no note', { timeout: 2000 });
  expect($(el, '.map-note')!.getAttribute('role')).to.equal('status');
  expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('CBS / Kadaster');
  await expect(el).to.be.accessible();
}

describe('<dv-ido-finder> map when its tiles cannot be fetched', () => {
  it('ends like tiles="none" with a note when the tile host refuses', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles=${REFUSED_TILES} postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(el, 'ready');
    expect($(el, '.map-note')!.textContent!.trim()).to.equal('');
    await expectSimpleMap(el);
    expect($(el, '.leaflet-control-attribution')!.textContent).not.to.contain('127.0.0.1');
    // The markers are still there, and still buttons.
    expect($$(el, '.dv-marker').length).to.equal(5);
  });

  it('says so in English in an English finder', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder lang="en" tiles=${REFUSED_TILES} postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => deepText(el).includes('The map cannot load right now.'), 'no English note', { timeout: 8000 });
  });

  it('ends the same way when no tile arrives in a few seconds (a firewall that drops them)', async function () {
    this.timeout(25000);
    // Tiles held back: asked for, never loaded and never failed.
    const held = holdForeignImages();
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder postcode="2311" limit="5"></dv-ido-finder>`);
      await settled(el, 'ready');
      await waitUntil(() => held.asked.length > 0, 'the map asked for no tiles', { timeout: 8000 });
      expect($(el, '.map-canvas')!.classList.contains('no-tiles')).to.equal(false);
      // The map waits 8 s from its first tile request: allow that, plus a busy machine's delay.
      await expectSimpleMap(el, 14000);
    } finally {
      held.restore();
    }
  });
});

describe('<dv-ido-finder> map in a narrow widget', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('puts the first result above the map below 600 px of widget width, and the map beside the list in a wide one', async () => {
    await setViewport({ width: 375, height: 700 });
    const narrow = await inColumn(375, html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(narrow, 'ready');
    const first = $(narrow, '.result')!;
    expect(first.getBoundingClientRect().bottom).to.be.at.most($(narrow, '.map-canvas')!.getBoundingClientRect().top);

    // The widget's width decides, not the screen's: a narrow column on a wide screen too.
    await setViewport({ width: 1280, height: 800 });
    const column = await inColumn(560, html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(column, 'ready');
    expect($(column, '.result')!.getBoundingClientRect().bottom).to.be.at.most($(column, '.map-canvas')!.getBoundingClientRect().top);

    const wide = await inColumn(1100, html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(wide, 'ready');
    expect($(wide, '.map-canvas')!.getBoundingClientRect().left).to.be.greaterThan($(wide, '.result')!.getBoundingClientRect().right);
  });

  it('keeps the attribution to one line, with a button that shows it whole', async () => {
    await setViewport({ width: 375, height: 700 });
    const held = holdForeignImages();
    try {
      const el = await inColumn(375, html`<dv-ido-finder postcode="2311" limit="5"></dv-ido-finder>`);
      await settled(el, 'ready');
      await waitUntil(() => $(el, '.leaflet-control-attribution')?.textContent?.includes('Kadaster'), 'no attribution', { timeout: 8000 });
      const credits = $(el, '.leaflet-control-attribution')!;
      const line = parseFloat(getComputedStyle(credits).lineHeight);
      expect(credits.getBoundingClientRect().height, 'one line').to.be.at.most(line + 2);
      // Too long for a phone: cut off, not wrapped.
      expect(credits.scrollWidth).to.be.greaterThan(credits.clientWidth);

      const button = $<HTMLButtonElement>(el, '.dv-credits-toggle')!;
      expect(button.getAttribute('aria-label')).to.equal('Bronnen van de kaart');
      expect(button.tabIndex).to.equal(0);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      button.click();
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(credits.getBoundingClientRect().height, 'whole').to.be.greaterThan(line + 2);
      expect(credits.scrollWidth).to.be.at.most(credits.clientWidth + 1);
      button.click();
      expect(credits.getBoundingClientRect().height, 'one line again').to.be.at.most(line + 2);
      await expect(el).to.be.accessible();
    } finally {
      held.restore();
    }
  });
});
