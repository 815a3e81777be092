import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { DvStatCard } from './dv-stat-card.js';
import { deepText, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * A feed with only the essential fields (label and value): the statistic format no longer
 * requires an id, unit, year or source, so the card must read well without them.
 */
describe('<dv-stat-card> from a feed with only a label and a value', () => {
  const realFetch = window.fetch;
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('shows the figure without "undefined": no year, an unknown source, the unit as a number', async () => {
    const feed = [{ label: 'Vragen aan de balie', value: '1.250.000' }];
    window.fetch = async () => new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } });
    const card = await fixture<DvStatCard>(html`<dv-stat-card src="sparse-feed.json"></dv-stat-card>`);
    await settled(card, 'ready');
    const text = deepText(card);
    expect(text).to.contain('Vragen aan de balie');
    expect(card.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('1,3 miljoen');
    expect(text).to.contain('Bron onbekend.');
    expect(text).not.to.contain('undefined');
    expect(text).not.to.contain('Gemeten in');
    expect(text).not.to.contain('NaN');
  });

  it('finds the figure by the id made from its label', async () => {
    const feed = [{ label: 'Vragen aan de balie', value: 12, unit: 'people', source: { name: 'Bibliotheek' } }];
    window.fetch = async () => new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } });
    const card = await fixture<DvStatCard>(html`<dv-stat-card src="sparse-feed.json" stat="vragen-aan-de-balie"></dv-stat-card>`);
    await settled(card, 'ready');
    expect(deepText(card)).to.contain('Bron: Bibliotheek');
  });
});
