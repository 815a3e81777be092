import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import '../index.js';
import type { DvStatCard } from './dv-stat-card.js';
import { settled } from '../../../../test/support/examples.js';
import { emulateMediaFeatures } from '../../../../test/support/media.js';
import '../../../../test/support/locale-guard.js';

const surfaceOf = (card: DvStatCard) => getComputedStyle(card.shadowRoot!.querySelector('figure')!);

/** The Chart.js chart drawn on the card's canvas, once there is one. */
async function chartOf(card: DvStatCard): Promise<Chart> {
  await waitUntil(() => card.shadowRoot!.querySelector('canvas') && Chart.getChart(card.shadowRoot!.querySelector('canvas')!), 'no chart drawn', {
    timeout: 5000,
  });
  return Chart.getChart(card.shadowRoot!.querySelector('canvas')!)!;
}
const barColour = (chart: Chart) => chart.data.datasets[0].backgroundColor;

describe('<dv-stat-card> and the visitor’s system settings', () => {
  afterEach(() => emulateMediaFeatures([]));

  afterEach(() => document.documentElement.classList.remove('dark'));

  it('follows a dark host page with theme="auto" (not the system), and stays light with theme="light"', async () => {
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const auto = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x"></dv-stat-card>`);
    const light = await fixture<DvStatCard>(html`<dv-stat-card value="1" label="x" theme="light"></dv-stat-card>`);
    await settled(auto, 'ready');
    await settled(light, 'ready');
    // A light page in a dark system: light.
    expect(surfaceOf(auto).backgroundColor).to.equal('rgb(242, 244, 247)');
    document.documentElement.classList.add('dark');
    await waitUntil(() => surfaceOf(auto).backgroundColor === 'rgb(30, 34, 40)', 'auto stayed light on a dark page', { timeout: 2000 });
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

  it('redraws its chart in dark colours when the host page turns dark, and back', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts" chart="bar"></dv-stat-card>`);
    await settled(card, 'ready');
    const light = await chartOf(card);
    expect(barColour(light)).to.equal('#1f4e99');

    document.documentElement.classList.add('dark');
    await waitUntil(() => Chart.getChart(card.shadowRoot!.querySelector('canvas')!) !== light, 'no redraw', { timeout: 5000 });
    const dark = await chartOf(card);
    expect(barColour(dark)).to.equal('#9cc3ff');

    document.documentElement.classList.remove('dark');
    await waitUntil(() => Chart.getChart(card.shadowRoot!.querySelector('canvas')!) !== dark, 'no redraw', { timeout: 5000 });
    expect(barColour(await chartOf(card))).to.equal('#1f4e99');
  });

  it('lets go of its chart when it leaves the page, and draws again when it comes back', async () => {
    const card = await fixture<DvStatCard>(html`<dv-stat-card stat="digid-accounts" chart="line"></dv-stat-card>`);
    await settled(card, 'ready');
    const canvas = card.shadowRoot!.querySelector('canvas')!;
    const first = await chartOf(card);
    const parent = card.parentElement!;
    card.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
    // A scheme change while away draws nothing on a detached card…
    document.documentElement.classList.add('dark');
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(Chart.getChart(canvas)).to.equal(undefined);

    // …and back on the page, the chart is drawn again, in the colours of now.
    parent.append(card);
    await settled(card, 'ready');
    const again = await chartOf(card);
    expect(again).not.to.equal(first);
    expect(again.data.datasets[0].borderColor).to.equal('#9cc3ff');
  });
});
