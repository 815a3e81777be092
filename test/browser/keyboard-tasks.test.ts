import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import { deepActiveElement, deepText, painted, settled } from '../support/examples.js';
import '../support/locale-guard.js';

/*
 * The main task of each widget, done with the keyboard alone, in every engine (Chromium,
 * Firefox, WebKit: see docs/browser-support.md). Keys go through the test runner's
 * sendKeys (press and type only, which every launcher has); the first focus is the
 * visitor's own, from the top of the page. Each widget's own tests go further in Chromium.
 */

const shadow = (element: Element) => element.shadowRoot!;

/** Presses Tab until the focused element (through shadow roots) matches. */
async function tabTo(match: (element: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 200; i++) {
    const element = deepActiveElement();
    if (element && match(element)) return element;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what} (focus on ${deepActiveElement()?.outerHTML.slice(0, 120) ?? 'nothing'})`);
}

/** Starts from the top of the page, as a visitor arriving with the keyboard. */
const fromTheTop = () => (document.activeElement as HTMLElement | null)?.blur();

describe('main keyboard task of each widget', () => {
  it('stat card: Tab reaches the chart’s table, Enter opens it', async () => {
    const card = await fixture<HTMLElement>(html`<dv-stat-card stat="digid-accounts" chart="bar"></dv-stat-card>`);
    await settled(card, 'ready');
    const canvas = await waitUntil(() => shadow(card).querySelector('canvas'), 'no chart').then(() => shadow(card).querySelector('canvas')!);
    await waitUntil(() => painted(canvas), 'the chart did not paint', { timeout: 5000 });
    const details = shadow(card).querySelector('details')!;
    expect(details.open).to.equal(false);
    fromTheTop();
    await tabTo((el) => el.localName === 'summary', 'the table’s summary');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => details.open, 'Enter did not open the table');
    expect(details.querySelector('table th[scope="row"]')!.textContent).to.equal('2012');
    await expect(card).to.be.accessible();
  });

  it('stat grid: Tab visits every card’s source link in order', async () => {
    const grid = await fixture<HTMLElement>(html`<dv-stat-grid stats="digid-accounts,ido-library-branches"></dv-stat-grid>`);
    await settled(grid, 'ready');
    const links = [...shadow(grid).querySelectorAll('dv-stat-card')].flatMap((card) => [...shadow(card).querySelectorAll('a[href]')]);
    expect(links.length).to.be.at.least(2);
    fromTheTop();
    for (const link of links) await tabTo((el) => el === link, (link as HTMLAnchorElement).href);
  });

  it('self-check: from the start button to the result with Enter, Tab, Space and the arrow keys', async () => {
    localStorage.clear();
    const check = await fixture<HTMLElement>(html`<dv-self-check framework="slo"></dv-self-check>`);
    try {
      await settled(check, 'ready');
      fromTheTop();
      await tabTo((el) => el.getAttribute('part') === 'start', 'the start button');
      await sendKeys({ press: 'Enter' });
      let answered = 0;
      while (!shadow(check).querySelector('[part="result"]')) {
        expect(answered, 'more statements than a question set has').to.be.below(40);
        await waitUntil(() => deepActiveElement()?.getAttribute('part') === 'statement', 'focus did not move to the statement', { timeout: 3000 });
        const statement = shadow(check).querySelector('[part="statement"]')!.textContent;
        const radio = (await tabTo((el) => el instanceof HTMLInputElement && el.type === 'radio', 'the answers')) as HTMLInputElement;
        await sendKeys({ press: ' ' });
        expect(radio.checked, 'Space chose the answer').to.equal(true);
        await sendKeys({ press: 'ArrowDown' });
        await waitUntil(() => (deepActiveElement() as HTMLInputElement | null)?.checked && deepActiveElement() !== radio, 'ArrowDown chose the next answer');
        // Enter on a radio button submits the form ("Volgende").
        await sendKeys({ press: 'Enter' });
        answered += 1;
        await waitUntil(
          () => shadow(check).querySelector('[part="result"]') || shadow(check).querySelector('[part="statement"]')?.textContent !== statement,
          'Enter did not go on',
        );
      }
      expect(answered).to.be.at.least(4);
      await waitUntil(() => deepText(check).includes('Jouw uitslag'), 'no result');
      await expect(check).to.be.accessible();
    } finally {
      localStorage.clear();
    }
  });

  it('IDO finder: type a place, pick the suggestion with the arrow keys and Enter, get the nearest locations', async () => {
    const finder = await fixture<HTMLElement>(html`<dv-ido-finder map="none"></dv-ido-finder>`);
    await settled(finder, 'ready');
    fromTheTop();
    const input = (await tabTo((el) => el.getAttribute('role') === 'combobox', 'the search box')) as HTMLInputElement;
    await sendKeys({ type: 'leid' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'no suggestions');
    await sendKeys({ press: 'ArrowDown' });
    const first = shadow(finder).querySelector('[role="option"]')!;
    expect(input.getAttribute('aria-activedescendant')).to.equal(first.id);
    expect(first.textContent).to.contain('Leiden');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(finder).querySelectorAll('.result').length > 0, 'no results');
    expect(input.value).to.equal('Leiden');
    expect(shadow(finder).querySelector('.result')!.textContent).to.contain('Bibliotheek Leiden');
    await expect(finder).to.be.accessible();
  });

  it('course finder: search by typing, tick Wednesday with Space, open a course with Enter', async () => {
    const finder = await fixture<HTMLElement>(html`<dv-course-finder today="2025-01-06"></dv-course-finder>`);
    try {
      await settled(finder, 'ready');
      const status = () => shadow(finder).querySelector('[role="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      const count = () => Number(status().split(' ')[0]);
      await waitUntil(() => count() > 0, 'no count');
      const all = count();
      fromTheTop();
      await tabTo((el) => el.id === 'q', 'the search field');
      await sendKeys({ type: 'Digisterker' });
      await waitUntil(() => count() > 0 && count() < all, `the count did not follow the search (${status()})`, { timeout: 3000 });
      const found = count();
      await tabTo((el) => el.localName === 'summary', 'the filters');
      await sendKeys({ press: 'Enter' });
      // The filters arrive with the panel; a visitor sees them come.
      await waitUntil(() => shadow(finder).querySelector('input[type="checkbox"]'), 'Enter did not open the filters');
      const box = (await tabTo((el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.value === 'we', 'Wednesday')) as HTMLInputElement;
      await sendKeys({ press: ' ' });
      expect(box.checked, 'Space ticked the filter').to.equal(true);
      await waitUntil(() => count() > 0 && count() < found, `the count did not follow the filter (${status()})`, { timeout: 3000 });
      const toggle = await tabTo((el) => el.getAttribute('part') === 'details-button', 'a course’s details button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => toggle.getAttribute('aria-expanded') === 'true', 'Enter did not open the course');
      await expect(finder).to.be.accessible();
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
