import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from './dv-ido-finder.js';
import { deepActiveElement, deepText, phaseOf, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

async function tabTo(match: (el: Element | null) => boolean, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (match(deepActiveElement())) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`focus never reached the target; now on ${deepActiveElement()?.outerHTML.slice(0, 80)}`);
}

const $ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: DvIdoFinder, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The text of the finder's own live region with this role (the notice boxes, not the list summary). */
const regionText = (el: DvIdoFinder, role: 'alert' | 'status') => $(el, `.notice-box[role="${role}"]`)!.textContent!.replace(/\s+/g, ' ').trim();

/** Waits until the search just started has shown its outcome (the search button is held back meanwhile). */
async function searched(el: DvIdoFinder): Promise<void> {
  await el.updateComplete;
  await waitUntil(() => !$<HTMLButtonElement>(el, '[part="search-button"]')!.disabled, 'the search never ended');
  await el.updateComplete;
}

/** A theme colour as the browser computes it (rgb(…)), to compare with computed styles. */
function themeColour(el: DvIdoFinder, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = getComputedStyle(el).getPropertyValue(token).trim();
  document.body.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('<dv-ido-finder>', () => {
  it('names the result buttons by the location alone: the arrows are decoration', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="2311" limit="2"></dv-ido-finder>`);
    await settled(el, 'ready');
    const button = $<HTMLButtonElement>(el, 'button.name')!;
    // The name comes from the button's text (no aria-label to go stale)…
    expect(button.hasAttribute('aria-label')).to.equal(false);
    expect(button.textContent!.trim()).to.equal('Bibliotheek Leiden');
    // …and the arrow is generated content with empty alt text ("/ ''"), which browsers
    // leave out of the accessible name, closed and open.
    expect(getComputedStyle(button, '::after').content).to.equal('"›" / ""');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(button, '::after').content).to.equal('"⌄" / ""');
  });

  it('fires dv-ready with the number of locations, and a list-only finder only once they are loaded', async () => {
    const counts: number[] = [];
    const record = (event: Event) => counts.push((event as CustomEvent<{ count: number }>).detail.count);
    const mapped = await fixture<DvIdoFinder>(html`<dv-ido-finder tiles="none" @dv-ready=${record}></dv-ido-finder>`);
    await settled(mapped, 'ready');
    await waitUntil(() => counts.length === 1);
    expect(counts).to.deep.equal([342]);

    counts.length = 0;
    const listOnly = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" @dv-ready=${record}></dv-ido-finder>`);
    await settled(listOnly, 'ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(counts, 'no count before the locations are loaded').to.deep.equal([]);
    const input = $<HTMLInputElement>(listOnly, 'input')!;
    input.value = '2311';
    input.dispatchEvent(new InputEvent('input'));
    $<HTMLFormElement>(listOnly, 'form')!.requestSubmit();
    await waitUntil(() => counts.length === 1, 'no dv-ready after the first search');
    // The demonstration set comes in regions (cells of 0.25° by 0.4°): a search from 2311
    // (Leiden) loads the cell around Leiden, whose 16 locations hold the 5 nearest, not all 342.
    expect(counts).to.deep.equal([16]);

    counts.length = 0;
    const filtered = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" src="/assets/locations-sample.json" organisation="bibliotheek voorbeeldregio" @dv-ready=${record}></dv-ido-finder>`,
    );
    await settled(filtered, 'ready');
    await waitUntil(() => counts.length === 1);
    expect(counts).to.deep.equal([$$(filtered, '.result').length]);

    counts.length = 0;
    const none = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" src="/assets/locations-sample.json" organisation="nobody" @dv-ready=${record}></dv-ido-finder>`,
    );
    await settled(none, 'empty');
    await waitUntil(() => counts.length === 1);
    expect(counts).to.deep.equal([0]);
    expect(deepText(none)).to.contain('Er zijn geen locaties die passen bij deze keuze.');
  });

  it('shows every location of a list-only finder on "Toon alle locaties op alfabet", and fires dv-ready then', async () => {
    const ready: number[] = [];
    const el = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" @dv-ready=${(event: CustomEvent<{ count: number }>) => ready.push(event.detail.count)}></dv-ido-finder>`,
    );
    await settled(el, 'ready');
    expect($$(el, '.result')).to.have.length(0);
    $<HTMLButtonElement>(el, '.list-part > button')!.click();
    await waitUntil(() => $$(el, '.result').length === 342, 'not every location shows', { timeout: 5000 });
    expect($(el, '.summary')!.textContent).to.contain('Alle 342 locaties, op alfabet');
    await waitUntil(() => ready.length === 1, 'no dv-ready');
    expect(ready).to.deep.equal([342]);
  });

  it('is used by keyboard alone: type, pick a suggestion, get results, choose one', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none"></dv-ido-finder>`);
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
    await waitUntil(() => $$(el, '.result').length === 5, 'no results', { timeout: 5000 });
    expect(input.value).to.equal('Leiden');
    expect($(el, '.summary')!.textContent).to.contain('5 locaties dicht bij Leiden, de dichtstbijzijnde eerst');
    expect($$(el, '.result')[0]!.textContent).to.contain('Bibliotheek Leiden');
    await expect(el).to.be.accessible();

    await tabTo((a) => a?.classList.contains('name') ?? false);
    const first = deepActiveElement() as HTMLButtonElement;
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
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none"></dv-ido-finder>`);
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
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" limit="3"></dv-ido-finder>`);
    await settled(el, 'ready');
    const input = $<HTMLInputElement>(el, 'input')!;
    input.focus();
    await sendKeys({ type: '2311ez' });
    // Close the suggestions (their code arrives while typing) once they are open: an Escape
    // with no list open clears the box, as it should, and then Enter has nothing to search.
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', '', { timeout: 3000 }).catch(() => undefined);
    if (input.getAttribute('aria-expanded') === 'true') await sendKeys({ press: 'Escape' });
    expect(input.value).to.equal('2311ez');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '.result').length === 3, 'no results', { timeout: 5000 });
    expect($(el, '.summary')!.textContent).to.contain('3 locaties dicht bij 2311 EZ Leiden');
    expect($$(el, '.distance')[0]!.textContent).to.match(/\d+ m hier vandaan|km hier vandaan/);
  });

  it('gives each search problem its own message, and keeps the box usable', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none"></dv-ido-finder>`);
    await settled(el, 'ready');
    const input = $<HTMLInputElement>(el, 'input')!;
    const search = async (text: string) => {
      input.value = text;
      input.dispatchEvent(new InputEvent('input'));
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await searched(el);
      return { alert: regionText(el, 'alert'), status: regionText(el, 'status'), invalid: input.getAttribute('aria-invalid') };
    };
    // Mistakes in what was typed are errors (an alert, marked on the box); the rest is information.
    expect(await search('0123')).to.deep.include({ status: '', invalid: 'true' });
    expect(regionText(el, 'alert')).to.contain('Dit is geen postcode');
    expect($(el, '[role="alert"] .notice')!.classList.contains('error')).to.equal(true);
    await expect(el).to.be.accessible();
    expect((await search('231')).alert).to.contain('niet af');
    expect((await search('Xyzzyville')).alert).to.contain('geen plaats met de naam "Xyzzyville"');
    expect(await search('')).to.deep.include({ alert: '', invalid: null });
    expect(regionText(el, 'status')).to.contain('Typ eerst');
    expect($(el, '[role="status"] .notice')!.classList.contains('info')).to.equal(true);
    expect(await search('Leiden')).to.deep.equal({ alert: '', status: '', invalid: null });
    // Empty message boxes take no room (no double gap under the search box).
    expect($$(el, '.notice-box').map((box) => getComputedStyle(box).display)).to.deep.equal(['none', 'none']);
  });

  describe('place names and suggestions', () => {
    const summary = (el: DvIdoFinder) => $(el, '.summary')!.textContent!.replace(/\s+/g, ' ').trim();
    const suggestion = (el: DvIdoFinder) => $<HTMLButtonElement>(el, 'button.suggestion');
    async function search(el: DvIdoFinder, text: string): Promise<void> {
      const input = $<HTMLInputElement>(el, 'input')!;
      input.value = text;
      input.dispatchEvent(new InputEvent('input'));
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await searched(el);
    }

    it('offers "Bedoel je Utrecht?" for a typo, not another place, and searches it when pressed', async () => {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" limit="3"></dv-ido-finder>`);
      await settled(el, 'ready');
      await search(el, 'Utreht');
      expect(regionText(el, 'alert')).to.equal('We vinden geen plaats met de naam "Utreht". Bedoel je Utrecht?');
      expect(suggestion(el)!.textContent!.trim()).to.equal('Bedoel je Utrecht?');
      expect($$(el, '.distance')).to.have.length(0);
      await expect(el).to.be.accessible();
      suggestion(el)!.click();
      await searched(el);
      await waitUntil(() => $$(el, '.result').length === 3, summary(el), { timeout: 5000 });
      expect(summary(el)).to.contain('3 locaties dicht bij Utrecht');
      expect($<HTMLInputElement>(el, 'input')!.value).to.equal('Utrecht');
      expect(regionText(el, 'alert')).to.equal('');
    });

    it('in Arabic: the box takes typed Latin text in its own direction, and the place in a message or suggestion is isolated', async () => {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder lang="ar" map="none" limit="3"></dv-ido-finder>`);
      await settled(el, 'ready');
      expect($<HTMLInputElement>(el, 'input')!.getAttribute('dir')).to.equal('auto');
      await search(el, 'Utreht');
      expect(regionText(el, 'alert')).to.contain('\u2068Utreht\u2069');
      expect(suggestion(el)!.textContent).to.contain('\u2068Utrecht\u2069');
      suggestion(el)!.click();
      await searched(el);
      await waitUntil(() => $$(el, '.result').length === 3, summary(el), { timeout: 5000 });
      // The place searched is the name itself, without the marks.
      expect($<HTMLInputElement>(el, 'input')!.value).to.equal('Utrecht');
    });

    it('clears the results of a good search after a bad one, and says why', async () => {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" limit="3"></dv-ido-finder>`);
      await settled(el, 'ready');
      await search(el, 'Leiden');
      await waitUntil(() => $$(el, '.distance').length === 3, summary(el));
      expect(summary(el)).to.contain('dicht bij Leiden');
      await search(el, 'Xyzzyville');
      expect(regionText(el, 'alert')).to.contain('geen plaats met de naam "Xyzzyville"');
      expect($$(el, '.distance')).to.have.length(0);
      expect(summary(el)).to.not.contain('Leiden');
      await search(el, '2311');
      await waitUntil(() => $$(el, '.distance').length === 3, summary(el));
      await search(el, '0123');
      expect($$(el, '.distance')).to.have.length(0);
      expect(regionText(el, 'alert')).to.contain('Dit is geen postcode');
    });

    it('does not take postcode="abc" as Abcoude: it warns once and offers it', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="abc"></dv-ido-finder>`);
        await settled(el, 'ready');
        await searched(el);
        expect(regionText(el, 'alert')).to.equal('We vinden geen plaats met de naam "abc". Bedoel je Abcoude?');
        expect($$(el, '.distance')).to.have.length(0);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.filter((w) => w.includes('postcode="abc"'))).to.have.length(1);
      } finally {
        console.warn = original;
      }
    });

    it('finds the town of a PO-box postcode', async () => {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" limit="3" postcode="1000 AA"></dv-ido-finder>`);
      await settled(el, 'ready');
      await waitUntil(() => $$(el, '.result').length === 3, summary(el), { timeout: 5000 });
      expect(summary(el)).to.contain('3 locaties dicht bij 1000 AA Amsterdam');
    });
  });

  it('shows information calmly: neutral border, not the danger colour that marks a typing mistake', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="1391" max-distance="2"></dv-ido-finder>`);
    await settled(el, 'ready');
    const info = getComputedStyle($(el, '.notice.info')!);
    expect(info.borderInlineStartColor).to.equal(themeColour(el, '--_border'));
    expect(info.borderTopWidth).to.equal('0px');
    el.setAttribute('postcode', 'Xyzzyville');
    await settled(el, 'ready');
    await waitUntil(() => $(el, '.notice.error'), 'no error notice');
    expect(getComputedStyle($(el, '.notice.error')!).borderInlineStartColor).to.equal(themeColour(el, '--_danger'));
  });

  it('offers the nearest locations when none is within max-distance', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="1391" max-distance="2"></dv-ido-finder>`);
    await settled(el, 'ready');
    // Nothing went wrong: a status, not an alert.
    expect(regionText(el, 'status')).to.contain('Er is geen locatie binnen 2 km van 1391 Abcoude');
    expect(regionText(el, 'alert')).to.equal('');
    $<HTMLButtonElement>(el, '.notice button')!.click();
    await el.updateComplete;
    expect($$(el, '.result').length).to.equal(5);
    expect(regionText(el, 'status')).to.equal('');
  });

  it('puts open locations first on request', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" postcode="2311" limit="10"></dv-ido-finder>`);
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
      html`<dv-ido-finder map="none" src="/assets/locations-sample.json" organisation="bibliotheek voorbeeldregio" services="uwv"></dv-ido-finder>`,
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
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" src="/assets/locations-sample.csv" postcode="3701"></dv-ido-finder>`);
      await settled(el, 'ready');
      expect($$(el, '.result button.name')[0]!.textContent).to.contain('Bibliotheek Voorbeeld Zeist');
      expect(info.join('\n')).to.contain('placed 2 location(s) without lat/lon');
      expect(info.join('\n')).to.contain('utrecht-centrum, zeist');
    } finally {
      console.info = original;
    }
  });

  it('shows the full details of a feed location: links only for http(s), phone as tel:', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" src="/assets/locations-sample.json" postcode="2311 EZ"></dv-ido-finder>`);
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
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" geolocation></dv-ido-finder>`);
      await settled(el, 'ready');
      $<HTMLButtonElement>(el, '.locate')!.click();
      await searched(el);
      expect(regionText(el, 'status')).to.contain('Je locatie is niet gedeeld');
      expect(regionText(el, 'alert')).to.equal('');
      await el.updateComplete;
      expect(deepActiveElement()).to.equal($(el, 'input'));
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
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" geolocation></dv-ido-finder>`);
      await settled(el, 'ready');
      $<HTMLButtonElement>(el, '.locate')!.click();
      await waitUntil(() => $$(el, '.result').length === 5, 'no results', { timeout: 5000 });
      expect($(el, '.summary')!.textContent).to.contain('dicht bij jouw locatie');
      expect($$(el, '.result')[0]!.textContent).to.contain('Bibliotheek Utrecht');
    } finally {
      geo.getCurrentPosition = original;
    }
  });

  it('speaks English', async () => {
    const el = await fixture<DvIdoFinder>(html`<dv-ido-finder lang="en" map="none" postcode="2311"></dv-ido-finder>`);
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

  it('re-renders a new limit, max-distance or postcode from the locations it has: no loading, no second dv-ready', async () => {
    const ready: number[] = [];
    const el = await fixture<DvIdoFinder>(
      html`<dv-ido-finder map="none" postcode="2311" @dv-ready=${(event: CustomEvent<{ count: number }>) => ready.push(event.detail.count)}></dv-ido-finder>`,
    );
    await settled(el, 'ready');
    await waitUntil(() => ready.length === 1, 'no dv-ready');
    const phases: (string | undefined)[] = [];
    const observer = new MutationObserver(() => phases.push(phaseOf(el)));
    observer.observe(el.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    expect($$(el, '.result').length).to.equal(5);

    el.limit = '3';
    await el.updateComplete;
    expect($$(el, '.result').length).to.equal(3);
    expect($(el, '.summary')!.textContent).to.contain('3 locaties dicht bij 2311 Leiden');

    el.setAttribute('max-distance', '1');
    await el.updateComplete;
    const km = $$(el, '.distance').map((d) => Number(/([\d,]+) km/.exec(d.textContent!)?.[1]?.replace(',', '.') ?? 0));
    expect(km.length).to.be.within(1, 2);
    expect(km.every((n) => n <= 1)).to.equal(true);

    // A new postcode searches again, on the locations the finder has.
    el.postcode = '9712';
    await waitUntil(() => $(el, '.summary')!.textContent!.includes('9712 Groningen'), 'no search for the new postcode');
    expect($<HTMLInputElement>(el, 'input[role="combobox"]')!.value).to.equal('9712');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(phases.filter((phase) => phase !== 'ready')).to.deep.equal([]);
    // The cell around 2311 (16 of the 342 demonstration locations); 9712's cell came with its
    // search, without a loading state or a second dv-ready.
    expect(ready).to.deep.equal([16]);
  });

  it('shows only the latest search: a place chosen earlier that answers late does not win', async () => {
    // PDOK stands in with a slow address look-up (it answers even when asked to stop).
    const realFetch = window.fetch;
    const lookups: string[] = [];
    window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith('https://api.pdok.nl/')) return realFetch(input, init);
      if (url.includes('/suggest?')) {
        const docs = url.includes('q=Bree') ? [{ id: 'adr-1', type: 'adres', weergavenaam: 'Breestraat 1, 2311CH Leiden' }] : [];
        return Response.json({ response: { docs } });
      }
      lookups.push(url);
      await new Promise((resolve) => setTimeout(resolve, 800));
      return Response.json({ response: { docs: [{ centroide_ll: 'POINT(4.4937 52.1601)' }] } });
    };
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" geocoder="pdok"></dv-ido-finder>`);
      await settled(el, 'ready');
      const input = $<HTMLInputElement>(el, 'input')!;
      input.focus();
      await sendKeys({ type: 'Breestraat' });
      await waitUntil(() => $$(el, '[role="option"]')[0]?.textContent?.includes('Breestraat 1'), 'no PDOK suggestion', { timeout: 3000 });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => lookups.length === 1, 'the address was not looked up');
      // At once a second search, while the first still waits for its answer.
      await sendKeys({ press: 'Escape' });
      expect(input.value).to.equal('');
      await sendKeys({ type: '9712' });
      await waitUntil(() => $$(el, '[role="option"]')[0]?.textContent?.includes('9712'), 'no suggestion for 9712');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.summary')?.textContent?.includes('dicht bij 9712 Groningen'), 'no results for 9712', { timeout: 3000 });
      // The first search's answer arrives now, and is left out.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect($(el, '.summary')!.textContent).to.contain('dicht bij 9712 Groningen');
      expect($$(el, '.result')[0]!.textContent).to.contain('Groningen');
      expect(input.value).to.equal('9712');
    } finally {
      window.fetch = realFetch;
    }
  });

  it('shows only the latest search: a position that comes after a typed search does not win', async () => {
    const geo = navigator.geolocation;
    const original = geo.getCurrentPosition;
    geo.getCurrentPosition = (ok) => setTimeout(() => ok({ coords: { latitude: 52.0907, longitude: 5.1214 } } as GeolocationPosition), 600);
    try {
      const el = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none" geolocation></dv-ido-finder>`);
      await settled(el, 'ready');
      $<HTMLButtonElement>(el, '.locate')!.click();
      $<HTMLInputElement>(el, 'input')!.focus();
      await sendKeys({ type: 'Leiden' });
      await waitUntil(() => $$(el, '[role="option"]')[0]?.textContent?.includes('Leiden'), 'no suggestion for Leiden');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '.summary')?.textContent?.includes('dicht bij Leiden'), 'no results for Leiden', { timeout: 3000 });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect($(el, '.summary')!.textContent).to.contain('dicht bij Leiden');
      expect($(el, '.summary')!.textContent).not.to.contain('jouw locatie');
    } finally {
      geo.getCurrentPosition = original;
    }
  });
});
