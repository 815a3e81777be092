import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../index.js';
import { statistics } from '@digivaardig/data/statistics';
import type { DvStatGrid } from './dv-stat-grid.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

const cardsOf = (grid: DvStatGrid) => Array.from(grid.shadowRoot!.querySelectorAll('dv-stat-card'));
const valueOf = (card: Element) => card.shadowRoot!.querySelector('[part="value"]')!.textContent;

describe('<dv-stat-grid>', () => {
  it('shows exactly the statistics of its topic', async () => {
    const grid = await fixture<DvStatGrid>(html`<dv-stat-grid topic="safety"></dv-stat-grid>`);
    await settled(grid, 'ready');
    const expected = statistics.filter((statistic) => statistic.topic === 'safety');
    expect(expected.length).to.be.greaterThan(1);
    expect(cardsOf(grid).map((card) => card.statistic?.id)).to.deep.equal(expected.map((s) => s.id));
  });

  it('shows the ids of `stats` in the order given, with the grid’s heading level, language and chart', async () => {
    const grid = await fixture<DvStatGrid>(
      html`<dv-stat-grid stats="ido-library-branches, digid-accounts" heading-level="3" lang="en" chart="line"></dv-stat-grid>`,
    );
    await settled(grid, 'ready');
    const cards = cardsOf(grid);
    expect(cards.map(valueOf)).to.deep.equal(['682', '18 million']);
    expect(cards.every((card) => card.shadowRoot!.querySelector('h3'))).to.be.true;
    expect(cards.map((card) => card.getAttribute('chart'))).to.deep.equal(['line', 'line']);
    await expect(grid).to.be.accessible();
  });

  it('changes what it shows when its attributes change', async () => {
    const grid = await fixture<DvStatGrid>(html`<dv-stat-grid topic="ido"></dv-stat-grid>`);
    await settled(grid, 'ready');
    const before = cardsOf(grid).length;
    const reloaded = oneEvent(grid, 'dv-ready');
    grid.setAttribute('topic', 'access');
    await reloaded;
    const access = statistics.filter((statistic) => statistic.topic === 'access').length;
    expect(cardsOf(grid)).to.have.length(access);
    expect(access).to.not.equal(before);
  });
});
