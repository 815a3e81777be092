import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from './dv-ido-finder.js';
import { deepText, settled } from '../../../../test/support/examples.js';

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function tabTo(match: (el: Element | null) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (match(deepActive())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`focus never reached the target; now on ${deepActive()?.outerHTML.slice(0, 80)}`);
}

const $ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

describe('<dv-ido-finder>', () => {
  it('is used by keyboard alone: type, pick a suggestion, get results, choose one', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off"></dv-ido-finder>`);
    await settled(el, 'ready');
    await tabTo((a) => a?.getAttribute('role') === 'combobox');
    await sendKeys({ type: 'leid' });
    const input = $<HTMLInputElement>(el, 'input[role="combobox"]')!;
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
    expect($$(el, '[role="option"]')[0]!.textContent).to.contain('Leiden');
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal($$(el, '[role="option"]')[0]!.id);
    expect($$(el, '[role="option"]')[0]!.getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.result').length === 5, 'no results');
    expect(input.value).to.equal('Leiden');
    expect($(el, '.summary')!.textContent).to.contain('5 locaties dicht bij Leiden, de dichtstbijzijnde eerst');
    expect($$(el, '.result')[0]!.textContent).to.contain('Bibliotheek Leiden');
    await expect(el).to.be.accessible();

    await tabTo((a) => a?.classList.contains('name') ?? false);
    const first = deepActive() as HTMLButtonElement;
    expect(first.textContent).to.contain('Bibliotheek Leiden');
    const chosen = oneEvent(el, 'dv-location-select');
    await sendKeys({ press: 'Enter' });
    const event = (await chosen) as CustomEvent<{ location: { id: string; name: string } }>;
    expect(event.detail.location.name).to.equal('Bibliotheek Leiden');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.result.selected .week')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('closes the suggestions with Escape and clears the box with a second Escape', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off"></dv-ido-finder>`);
    await settled(el, 'ready');
    const input = $<HTMLInputElement>(el, 'input')!;
    input.focus();
    await sendKeys({ type: 'utre' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.value).to.equal('');
  });

  it('searches a typed postcode with Enter and says the order and count', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" limit="3"></dv-ido-finder>`);
    await settled(el, 'ready');
    $<HTMLInputElement>(el, 'input')!.focus();
    await sendKeys({ type: '2311ez' });
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.result').length === 3);
    expect($(el, '.summary')!.textContent).to.contain('3 locaties dicht bij 2311 EZ Leiden');
    expect($$(el, '.distance')[0]!.textContent).to.match(/\d+ m hier vandaan|km hier vandaan/);
  });

  it('gives each search problem its own message, and keeps the box usable', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off"></dv-ido-finder>`);
    await settled(el, 'ready');
    const input = $<HTMLInputElement>(el, 'input')!;
    const search = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input'));
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await waitUntil(() => !(el as unknown as { searching: boolean }).searching);
      await el.updateComplete;
      return $(el, '[role="alert"]')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(await search('1001')).to.contain('Postcode 1001 kennen we niet');
    await expect(el).to.be.accessible();
    expect(await search('231')).to.contain('niet af');
    expect(await search('Xyzzyville')).to.contain('geen plaats met de naam "Xyzzyville"');
    expect(await search('')).to.contain('Typ eerst');
    expect(await search('Leiden')).to.equal('');
  });

  it('offers the nearest locations when none is within max-distance', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" postcode="1391" max-distance="2"></dv-ido-finder>`);
    await settled(el, 'ready');
    expect($(el, '[role="alert"]')!.textContent).to.contain('Er is geen locatie binnen 2 km van 1391 Abcoude');
    $<HTMLButtonElement>(el, '.notice button')!.click();
    await el.updateComplete;
    expect($$(el, '.result').length).to.equal(5);
    expect($(el, '[role="alert"]')!.textContent!.trim()).to.equal('');
  });

  it('puts open locations first on request', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" postcode="2311" limit="10"></dv-ido-finder>`);
    await settled(el, 'ready');
    $<HTMLInputElement>(el, '.open-first input')!.click();
    await el.updateComplete;
    const states = $$(el, '.meta .hours-state').map((s) => s.classList.contains('state-open'));
    const firstClosed = states.indexOf(false);
    expect(firstClosed === -1 || states.slice(firstClosed).every((open) => !open)).to.equal(true);
    expect($(el, '.summary')!.textContent).to.contain('Open locaties eerst');
  });

  it('filters by service and organisation', async () => {
    const el = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="off" src="/assets/locations-sample.json" organisation="bibliotheek voorbeeldregio" services="uwv"></dv-ido-finder>`,
    );
    await settled(el, 'ready');
    const names = $$(el, '.result button.name').map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(['Bibliotheek Voorbeeld Centrum', 'Bibliotheek Voorbeeld Oegstgeest']);
    expect($(el, '.summary')!.textContent).to.contain('op alfabet');
  });

  it('places CSV rows without coordinates at their postcode, and says so in the console', async () => {
    const info: string[] = [];
    const original = console.info;
    console.info = (...args: unknown[]) => info.push(args.join(' '));
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" src="/assets/locations-sample.csv" postcode="3701"></dv-ido-finder>`);
      await settled(el, 'ready');
      expect($$(el, '.result button.name')[0]!.textContent).to.contain('Bibliotheek Voorbeeld Zeist');
      expect(info.join('\n')).to.contain('placed 2 location(s) without lat/lon');
      expect(info.join('\n')).to.contain('utrecht-centrum, zeist');
    } finally {
      console.info = original;
    }
  });

  it('shows the full details of a feed location: links only for http(s), phone as tel:', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" src="/assets/locations-sample.json" postcode="2311 EZ"></dv-ido-finder>`);
    await settled(el, 'ready');
    const first = $$(el, '.result')[0]!;
    expect(first.textContent).to.contain('Voorbeeldstraat 1');
    expect(first.textContent).to.contain('2311 EZ Leiden');
    const hrefs = [...first.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:+31710000001');
    expect(hrefs).to.include('mailto:ido@bibliotheek.example');
    expect(hrefs).to.include('https://bibliotheek.example/ido');
    expect(hrefs.some((h) => h!.startsWith('https://www.openstreetmap.org/directions?route='))).to.equal(true);
  });

  it('tells the visitor when location sharing is refused, and the postcode path stays', async () => {
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (_ok, fail) => fail?.({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" geolocation></dv-ido-finder>`);
      await settled(el, 'ready');
      $<HTMLButtonElement>(el, '.locate')!.click();
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('Je locatie is niet gedeeld');
      await el.updateComplete;
      expect(deepActive()).to.equal($(el, 'input'));
      await expect(el).to.be.accessible();
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('searches from the visitor’s position when shared', async () => {
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (ok) => ok({ coords: { latitude: 52.0907, longitude: 5.1214 } } as GeolocationPosition);
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="off" geolocation></dv-ido-finder>`);
      await settled(el, 'ready');
      $<HTMLButtonElement>(el, '.locate')!.click();
      await waitUntil(() => $$(el, '.result').length === 5);
      expect($(el, '.summary')!.textContent).to.contain('dicht bij jouw locatie');
      expect($$(el, '.result')[0]!.textContent).to.contain('Bibliotheek Utrecht');
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('speaks English', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder lang="en" map="off" postcode="2311"></dv-ido-finder>`);
    await settled(el, 'ready');
    await waitUntil(() => deepText(el).includes('Find an'));
    expect($(el, '.summary')!.textContent).to.contain('5 locations near 2311 Leiden, nearest first');
    expect(deepText(el)).to.match(/Open now|Closed/);
    await expect(el).to.be.accessible();
  });

  it('warns once about bad attribute values and falls back', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<DvIdoFinder>(
        html`<dv-ido-finder map="maybe" limit="lots" max-distance="-3" tiles="ftp://x" services="digid,bogus" postcode="2311"></dv-ido-finder>`,
      );
      await settled(el, 'ready');
      expect($$(el, '.result').length).to.equal(5);
      for (const name of ['map="maybe"', 'limit="lots"', 'max-distance="-3"', 'tiles="ftp://x"', 'services="digid,bogus"']) {
        expect(warnings.filter((w) => w.includes(name)).length, name).to.equal(1);
      }
    } finally {
      console.warn = original;
    }
  });
});
