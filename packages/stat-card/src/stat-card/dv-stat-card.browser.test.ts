import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvStatCard } from './dv-stat-card.js';
import { deepText, painted, phaseOf, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

describe('<dv-stat-card>', () => {
  it('is a figure with a heading, the formatted value, and a visible source line with the year', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card
      value="18,2"
      unit="number"
      label="Test"
      year="2021"
      source="CBS"
      source-url="https://www.cbs.nl/"
    ></dv-stat-card>`);
    await settled(card, 'ready');
    const root = card.shadowRoot!;
    expect(root.querySelector('figure')).to.exist;
    expect(root.querySelector('h2')!.textContent).to.equal('Test');
    expect(root.querySelector('[part="value"]')!.textContent).to.equal('18,2');
    const source = root.querySelector('figcaption')!;
    expect(source.textContent).to.contain('Bron:').and.contain('CBS').and.contain('Gemeten in 2021');
    expect(source.querySelector('a')!.getAttribute('href')).to.equal('https://www.cbs.nl/');
  });

  it('writes millions in words, in Dutch and in English', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts"></dv-stat-card>`);
    await settled(card, 'ready');
    expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('18 miljoen');
    card.lang = 'en';
    await waitUntil(() => card.shadowRoot!.querySelector('[part="value"]')?.textContent === '18 million');
    expect(deepText(card)).to.contain('Source:').and.contain('Measured in 2021');
  });

  it('follows the page language when it has no lang of its own', async () => {
    document.documentElement.lang = 'en-GB';
    try {
      const card = await fixture<DvStatCard>(html`<dv-stat-card value="5" label="x" source="y"></dv-stat-card>`);
      await settled(card, 'ready');
      await waitUntil(() => deepText(card).includes('Source:'), 'did not switch to English');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('uses the heading level it is given, and falls back to 2 with one warning for a bad one', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const card = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x" heading-level="4"></dv-stat-card>`);
      await settled(card, 'ready');
      expect(card.shadowRoot!.querySelector('h4')).to.exist;
      card.headingLevel = '9';
      card.chart = 'pie';
      await card.updateComplete;
      await settled(card, 'ready');
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('h2')).to.exist;
      expect(card.shadowRoot!.querySelector('canvas')).to.not.exist;
      const texts = warnings.map((args) => String(args[0]));
      expect(texts.filter((text) => text.includes('heading-level="9"'))).to.have.length(1);
      expect(texts.filter((text) => text.includes('chart="pie"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('reads `series` with its chart: a bad one warns once, when a chart is asked for, and the table keeps the record\'s points', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const bad = '[{"label":"2012"';
      const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts" series=${bad}></dv-stat-card>`);
      await settled(card, 'ready');
      // No chart: the series is not used, so not read (nor its code loaded).
      const seriesWarnings = () => warnings.map((args) => String(args[0])).filter((text) => text.includes('series='));
      expect(seriesWarnings()).to.have.length(0);
      card.chart = 'bar';
      await waitUntil(() => card.shadowRoot!.querySelector('table'), 'the chart part did not arrive', { timeout: 5000 });
      await card.updateComplete;
      expect(seriesWarnings()).to.have.length(1);
      expect(card.shadowRoot!.querySelector('table th[scope="row"]')!.textContent).to.equal('2012');
      // A good series replaces the record's points.
      card.series = '[{"label":"2030","value":1}]';
      await card.updateComplete;
      expect(card.shadowRoot!.querySelector('table th[scope="row"]')!.textContent).to.equal('2030');
      expect(seriesWarnings()).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('shows HTML from attributes and feeds as text, never as markup', async () => {
    const card = await fixture<DvStatCard>(
      html`<dv-stat-card value="1" label="<img src=x onerror=alert(1)>" source="<b>bold</b>"></dv-stat-card>`,
    );
    await settled(card, 'ready');
    expect(card.shadowRoot!.querySelector('img, b')).to.not.exist;
    expect(deepText(card)).to.contain('<img src=x onerror=alert(1)>');
  });

  it('fires dv-ready with the count once the figure is shown', async () => {
    const card = document.createElement('dv-stat-card');
    card.setAttribute('stat', 'ido-library-branches');
    const ready = oneEvent(card, 'dv-ready');
    document.body.append(card);
    try {
      const event = await ready;
      expect(event.detail).to.deep.equal({ count: 1 });
      expect(event.bubbles && event.composed).to.be.true;
      expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('682');
    } finally {
      card.remove();
    }
  });

  it('draws the chart on its canvas, and its table opens with the keyboard', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts" chart="bar"></dv-stat-card>`);
    await settled(card, 'ready');
    const canvas = await waitUntil(() => card.shadowRoot!.querySelector('canvas')).then(
      () => card.shadowRoot!.querySelector('canvas')!,
    );
    await waitUntil(() => painted(canvas), 'the chart did not paint', { timeout: 5000 });
    expect(card.shadowRoot!.querySelector('.summary')!.textContent).to.contain('2012: 9,8 miljoen');

    const details = card.shadowRoot!.querySelector('details')!;
    expect(details.open).to.be.false;
    // Keyboard only: Tab from the page into the card reaches the table's summary first.
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(card.shadowRoot!.activeElement?.localName).to.equal('summary');
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.be.true;
    expect(details.querySelector('table th[scope="row"]')!.textContent).to.equal('2012');
    await expect(card).to.be.accessible();
  });

  it('shows an error for a src that is not there (404), and its retry button loads again', async () => {
    const key = Math.random().toString(36).slice(2);
    const card = document.createElement('dv-stat-card') as DvStatCard;
    card.setAttribute('src', `/test-feed/flaky.json?key=${key}`);
    card.setAttribute('stat', 'library-visitors-helped');
    const failed = oneEvent(card, 'dv-error');
    document.body.append(card);
    try {
      const error = await failed;
      expect(error.detail.code).to.equal('http');
      // The visitor's message is plain words; the code is only in the webmaster's detail.
      expect(error.detail.message).to.contain('Probeer het later opnieuw');
      expect(error.detail.message).not.to.contain('404');
      await settled(card, 'error');
      const alert = card.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.querySelector('details')!.textContent).to.contain('HTTP 404');
      const retry = alert.querySelector('button')!;
      retry.focus();
      const ready = oneEvent(card, 'dv-ready');
      await sendKeys({ press: 'Enter' });
      await ready;
      expect(phaseOf(card)).to.equal('ready');
      expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('1.250');
    } finally {
      card.remove();
    }
  });

  it('names the network failure when a feed cannot be reached at all', async () => {
    const card = document.createElement('dv-stat-card');
    // Port 9 (discard) on loopback refuses the connection: a real network error.
    card.setAttribute('src', 'http://127.0.0.1:9/nothing.json');
    const failed = oneEvent(card, 'dv-error');
    document.body.append(card);
    try {
      expect((await failed).detail.code).to.equal('network');
      await settled(card, 'error');
      expect(card.shadowRoot!.querySelector('[role="alert"] button')).to.exist;
    } finally {
      card.remove();
    }
  });

  it('shows the dark theme with light text on a dark surface', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x" theme="dark"></dv-stat-card>`);
    await settled(card, 'ready');
    const style = getComputedStyle(card.shadowRoot!.querySelector('figure')!);
    expect(style.backgroundColor).to.equal('rgb(30, 34, 40)');
    expect(getComputedStyle(card).color).to.equal('rgb(243, 244, 246)');
  });

  it('takes theme tokens from an ancestor and from the element itself', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--dv-color-primary: rgb(1, 2, 3)">
      <dv-stat-card value="1" label="a"></dv-stat-card>
      <dv-stat-card value="2" label="b" style="--dv-color-primary: rgb(4, 5, 6)"></dv-stat-card>
    </div>`);
    const [first, second] = Array.from(wrapper.querySelectorAll('dv-stat-card'));
    await settled(first as HTMLElement, 'ready');
    await settled(second as HTMLElement, 'ready');
    const valueColor = (card: Element) => getComputedStyle(card.shadowRoot!.querySelector('[part="value"]')!).color;
    expect(valueColor(first)).to.equal('rgb(1, 2, 3)');
    expect(valueColor(second)).to.equal('rgb(4, 5, 6)');
  });

  it('never throws into the page when removed while loading', async () => {
    const card = document.createElement('dv-stat-card');
    card.setAttribute('src', '/test-feed/slow.json?ms=300');
    card.setAttribute('stat', 'library-visitors-helped');
    document.body.append(card);
    card.remove();
    await new Promise((resolve) => setTimeout(resolve, 500));
    document.body.append(card);
    try {
      await settled(card as HTMLElement, 'ready');
    } finally {
      card.remove();
    }
  });

  it('re-renders a new label or chart from the statistic it has: no loading, no second dv-ready', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts"></dv-stat-card>`);
    await settled(card, 'ready');
    const phases: (string | undefined)[] = [];
    const ready: unknown[] = [];
    card.addEventListener('dv-ready', (event) => ready.push(event.detail));
    const observer = new MutationObserver(() => phases.push(phaseOf(card)));
    observer.observe(card.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    card.label = 'Eigen omschrijving';
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part="heading"]')!.textContent).to.equal('Eigen omschrijving');
    card.chart = 'bar';
    await waitUntil(() => card.shadowRoot!.querySelector('[part="chart"]'), 'no chart after chart="bar"');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(phases.filter((phase) => phase !== 'ready')).to.deep.equal([]);
    expect(ready).to.deep.equal([]);
  });
});
