import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { DvStatCard } from './dv-stat-card.js';
import { settled } from '../../../../test/support/examples.js';
import { emulateMediaFeatures } from '../../../../test/support/media.js';

const surfaceOf = (card: DvStatCard) => getComputedStyle(card.shadowRoot!.querySelector('figure')!);

describe('<dv-stat-card> and the visitor’s system settings', () => {
  afterEach(() => emulateMediaFeatures([]));

  it('follows a dark system setting with theme="auto", and stays light with theme="light"', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const auto = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x"></dv-stat-card>`);
    const light = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x" theme="light"></dv-stat-card>`);
    await settled(auto, 'ready');
    await settled(light, 'ready');
    expect(surfaceOf(auto).backgroundColor).to.equal('rgb(30, 34, 40)');
    expect(surfaceOf(light).backgroundColor).to.equal('rgb(242, 244, 247)');
    await expect(auto).to.be.accessible();
  });

  it('uses system colours in forced-colours mode (Windows high contrast)', async () => {
    await emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
    const card = await fixture<DvStatCard>(html`<dv-stat-card value="79" unit="percent" label="x"></dv-stat-card>`);
    await settled(card, 'ready');
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const border = surfaceOf(card).borderTopStyle;
    expect(border).to.equal('solid');
    await expect(card).to.be.accessible();
  });
});
