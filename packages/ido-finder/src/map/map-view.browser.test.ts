import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from '../ido-finder/dv-ido-finder.js';
import { deepText, phaseOf, settled } from '../../../../test/support/examples.js';
import { foreignRequests, holdForeignImages } from '../../test/foreign-images.js';
import '../../../../test/support/locale-guard.js';
import outline from '@digivaardig/data/data/nl-outline.json';
import outlinePl from '@digivaardig/data/data/nl-outline.pl.json';
import outlineUk from '@digivaardig/data/data/nl-outline.uk.json';

const polishSourceLine = (outlinePl.texts as Record<string, string>)[outline.attribution.nl]!;
const ukrainianSourceLine = (outlineUk.texts as Record<string, string>)[outline.attribution.nl]!;

const $ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

describe('<dv-ido-finder> map', () => {
  it('renders inside the shadow root with the outline and named markers, and no tile requests with tiles="none"', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-marker').length === 5, 'no markers', { timeout: 8000 });
    expect($(el, '.map-canvas.leaflet-container')).to.exist;
    expect($(el, 'path.nl-land')).to.exist;
    expect($$(el, '.leaflet-tile')).to.have.length(0);
    const names = $$(el, '.dv-marker').map((m) => m.getAttribute('aria-label'));
    expect(names.some((n) => n!.startsWith('Bibliotheek Leiden, '))).to.equal(true);
    expect($$(el, '.dv-marker').every((m) => m.getAttribute('role') === 'button')).to.equal(true);
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('CBS / Kadaster');
    expect(foreignRequests()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('without tiles, shows land and water apart and names the places around a search, hidden from screen readers', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-place').length > 3, 'no place names', { timeout: 8000 });
    const names = $$(el, '.dv-place').map((label) => label.textContent);
    expect(names).to.include.members(['Leiden', 'Leiderdorp', 'Oegstgeest']);
    expect($(el, '.leaflet-labels-pane')!.getAttribute('aria-hidden')).to.equal('true');
    // No place name covers another (they are placed one by one, each where it fits).
    const boxes = $$(el, '.dv-place').map((label) => label.getBoundingClientRect());
    const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    expect(boxes.some((a, i) => boxes.some((b, j) => i < j && overlap(a, b)))).to.equal(false);
    // Water is the map's tinted background; land is the provinces' lighter fill.
    const canvas = $(el, '.map-canvas')!;
    expect(canvas.classList.contains('no-tiles')).to.equal(true);
    expect(getComputedStyle(canvas).backgroundColor).to.not.equal(getComputedStyle($(el, 'path.nl-land')!).fill);
    expect($(el, '.leaflet-control-scale')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('groups overlapping markers into clusters named by their count', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-cluster').length > 0, 'no clusters', { timeout: 8000 });
    const cluster = $$(el, '.dv-cluster')[0]!;
    const count = Number(cluster.textContent);
    expect(count).to.be.greaterThan(1);
    expect(cluster.getAttribute('aria-label')).to.equal(`${count} locaties`);
    const total = $$(el, '.dv-cluster').reduce((n, c) => n + Number(c.textContent), 0) + $$(el, '.dv-marker').length;
    expect(total).to.equal(342);
  });

  it('speaks the finder’s language on the map too: cluster names, the scroll hint, the attribution', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder lang="en" tiles="none"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-cluster').length > 0, 'no clusters', { timeout: 8000 });
    const cluster = $$(el, '.dv-cluster')[0]!;
    expect(cluster.getAttribute('aria-label')).to.equal(`${Number(cluster.textContent)} locations`);
    $(el, '.map-canvas')!.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: 100 }));
    await waitUntil(() => deepText(el).includes('Hold Ctrl'), 'no English scroll hint', { timeout: 2000 });
    expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('Boundaries');

    // Switched to Dutch in place, the map follows.
    el.lang = 'nl';
    await waitUntil(() => $$(el, '.dv-cluster')[0]?.getAttribute('aria-label')?.endsWith(' locaties'), 'clusters still English', { timeout: 5000 });
    await waitUntil(() => $(el, '.leaflet-control-attribution')!.textContent!.includes('Grenzen'), 'attribution still English', { timeout: 5000 });

    // In Polish and Ukrainian the source line comes from the file beside the outline (nl-outline.pl.json, …).
    el.lang = 'pl';
    await waitUntil(() => $(el, '.leaflet-control-attribution')!.textContent!.includes(polishSourceLine), 'attribution not in Polish', { timeout: 5000 });
    el.lang = 'uk';
    await waitUntil(() => $(el, '.leaflet-control-attribution')!.textContent!.includes(ukrainianSourceLine), 'attribution not in Ukrainian', { timeout: 5000 });
  });

  it('keeps the keyboard focus on the map when a cluster is opened with Enter', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-cluster').length > 0, 'no clusters', { timeout: 8000 });
    const cluster = $$(el, '.dv-cluster')[0]!;
    cluster.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !cluster.isConnected, 'the map did not zoom in and draw its markers anew', { timeout: 5000 });
    // Once the markers are drawn anew, focus is on one of the cluster's places, so the
    // visitor can go on with Tab and Enter where they were.
    await waitUntil(
      () => el.shadowRoot!.activeElement?.matches('.dv-marker, .dv-cluster'),
      'focus is not on a marker after opening the cluster',
    );
  });

  it('highlights the list item when a marker is chosen, and the marker when a list item is chosen', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none" postcode="2311" limit="5"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $$(el, '.dv-marker').length === 5, 'no markers', { timeout: 8000 });

    // Marker → list (by keyboard: markers are buttons).
    const marker = $$(el, '.dv-marker').find((m) => m.getAttribute('aria-label')!.startsWith('Bibliotheek Oegstgeest'))!;
    marker.focus();
    const chosen = oneEvent(el, 'dv-location-select');
    await sendKeys({ press: 'Enter' });
    const event = (await chosen) as CustomEvent<{ location: { id: string } }>;
    expect(event.detail.location.id).to.equal(marker.dataset.id);
    await el.updateComplete;
    const item = $(el, '.result.selected')!;
    expect(item.dataset.id).to.equal(marker.dataset.id);
    await waitUntil(() => el.shadowRoot!.activeElement === item.querySelector('button.name'), 'focus did not move to the list item');
    await waitUntil(() => $(el, '.dv-marker.selected')?.dataset.id === marker.dataset.id);

    // List → map.
    const other = $$(el, '.result')[0]!;
    other.querySelector<HTMLButtonElement>('button.name')!.click();
    await el.updateComplete;
    await waitUntil(() => $(el, '.dv-marker.selected')?.dataset.id === other.dataset.id, 'marker not highlighted');
    expect($(el, '.dv-marker.selected')!.getAttribute('aria-current')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('uses the PDOK tiles by default, with the Kadaster attribution (tiles held back: the test stays offline)', async () => {
    const held = holdForeignImages();
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder postcode="2311"></dv-ido-finder>`);
      await settled(el, 'ready');
      await waitUntil(() => held.asked.length > 0, 'the map asked for no tiles', { timeout: 8000 });
      const pdok = /^https:\/\/service\.pdok\.nl\/brt\/achtergrondkaart\/wmts\/v2_0\/standaard\/EPSG:3857\/\d+\/\d+\/\d+\.png$/;
      expect(held.asked.every((url) => pdok.test(url)), held.asked.join('\n')).to.equal(true);
      expect($$(el, '.leaflet-tile').length).to.be.greaterThan(0);
      expect($(el, '.leaflet-control-attribution')!.textContent).to.contain('Kaartgegevens © Kadaster');
      // The tiles name the places themselves.
      expect($$(el, '.dv-place')).to.have.length(0);
    } finally {
      held.restore();
    }
    expect(foreignRequests()).to.deep.equal([]);
  });

  it('does not catch page scrolling: a wheel without Ctrl shows a hint and leaves the zoom', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => $(el, '.leaflet-container'), 'no map', { timeout: 8000 });
    const canvas = $(el, '.map-canvas')!;
    const wheel = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, clientX: 10, clientY: 10 });
    canvas.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).to.equal(false);
    expect($(el, '.map-hint')!.classList.contains('shown')).to.equal(true);
    const ctrlWheel = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, clientX: 10, clientY: 10 });
    canvas.dispatchEvent(ctrlWheel);
    expect(ctrlWheel.defaultPrevented).to.equal(true);
  });

  it('never loads the map with map="none"', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="2311"></dv-ido-finder>`);
    await settled(el, 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect($(el, '.leaflet-container')).to.equal(null);
  });

  it('reads map="off" as map="none", with a warning that names none', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" postcode="2311"></dv-ido-finder>`);
      await settled(el, 'ready');
      await new Promise((r) => setTimeout(r, 200));
      expect($(el, '.map-canvas')).to.equal(null);
      expect(warnings.filter((w) => w.includes('map="off"') && w.includes('"none"'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('shows a map switched on later, and lets it go when switched off, without loading the locations again', async () => {
    const ready: number[] = [];
    const el = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" tiles="none" postcode="2311" @dv-ready=${(event: CustomEvent<{ count: number }>) => ready.push(event.detail.count)}></dv-ido-finder>`,
    );
    await settled(el, 'ready');
    await waitUntil(() => ready.length === 1, 'no dv-ready');
    const phases: (string | undefined)[] = [];
    const observer = new MutationObserver(() => phases.push(phaseOf(el)));
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    el.map = 'on';
    await waitUntil(() => $$(el, '.dv-marker').length === 5, 'no markers', { timeout: 8000 });
    el.map = 'none';
    await el.updateComplete;
    expect($(el, '.leaflet-container')).to.equal(null);
    el.removeAttribute('map');
    el.map = '';
    await waitUntil(() => $$(el, '.dv-marker').length === 5, 'no markers the second time', { timeout: 8000 });
    observer.disconnect();
    expect(phases.filter((phase) => phase !== 'ready')).to.deep.equal([]);
    // The list came from the cell around 2311 (16 locations); the map then fetched the rest.
    expect(ready).to.deep.equal([16]);
  });

  it('a list-only finder switched to a map loads its locations then, and only then fires dv-ready', async () => {
    const ready: number[] = [];
    const el = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" tiles="none" @dv-ready=${(event: CustomEvent<{ count: number }>) => ready.push(event.detail.count)}></dv-ido-finder>`,
    );
    await settled(el, 'ready');
    await new Promise((r) => setTimeout(r, 200));
    expect(ready).to.deep.equal([]);
    el.map = '';
    await waitUntil(() => $$(el, '.dv-cluster').length > 0, 'no clusters', { timeout: 8000 });
    await waitUntil(() => ready.length === 1, 'no dv-ready');
    expect(ready).to.deep.equal([342]);
    expect(phaseOf(el)).to.equal('ready');
  });
});
