import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvStatCard } from '../stat-card/dv-stat-card.js';
import type { DvStatGrid } from '../stat-grid/dv-stat-grid.js';
import { settled } from '../../../../test/support/examples.js';
import { fakeVoice } from '../../../../test/support/fake-speech.js';
import { found, readAloudButton, readAll, restoreSpeech, speech, spoken, voices } from '../../../../test/support/read-aloud.js';

const button = readAloudButton;

async function card(markup = html`<dv-stat-card value="79,5" unit="percent" label="Doet zaken met de overheid online" source="CBS" year="2023"></dv-stat-card>`) {
  const element = await fixture<DvStatCard>(markup);
  await settled(element, 'ready');
  return element;
}

describe('<dv-stat-card> read aloud (recording fake of speechSynthesis)', () => {
  afterEach(() => restoreSpeech());

  it('reads the figure with its label and source, one sentence at a time, highlighting each', async () => {
    voices();
    const element = await card();
    const toggle = await found(() => button(element.shadowRoot), 'no read-aloud button');
    expect(toggle.textContent!.trim()).to.equal('Lees voor');
    // Below the heading, before the figure.
    expect(element.shadowRoot!.querySelector('h2 + [part="read-aloud"]')).to.exist;
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1, 'nothing spoken');
    expect(spoken()).to.deep.equal(['Doet zaken met de overheid online: 79,5 procent.']);
    expect(speech.spoken[0]!.lang).to.equal('nl-NL');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.read-aloud-text li.now')!.textContent).to.equal('Doet zaken met de overheid online: 79,5 procent.');
    speech.finishSentence();
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.read-aloud-text li.now')!.textContent).to.equal('Bron: CBS.');
    speech.finishSentence();
    speech.finishSentence();
    await element.updateComplete;
    expect(spoken()).to.deep.equal(['Doet zaken met de overheid online: 79,5 procent.', 'Bron: CBS.', 'Gemeten in 2023.']);
    expect(element.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
  });

  it('speaks English with an English voice on a card with lang="en"', async () => {
    voices();
    const element = await card(html`<dv-stat-card lang="en" value="18200000" unit="people" label="DigiD accounts" source="Logius"></dv-stat-card>`);
    const toggle = await found(() => (button(element.shadowRoot)?.textContent?.trim() === 'Read aloud' ? button(element.shadowRoot) : null), 'no English button');
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1, 'nothing spoken');
    expect(speech.spoken[0]!.lang).to.equal('en-GB');
    speech.finishSentence();
    await waitUntil(() => speech.spoken.length === 2);
    expect(spoken()).to.deep.equal(['DigiD accounts: 18.2 million.', 'Source: Logius.']);
  });

  it('stops with Stop and with Escape; focus goes back to the button', async () => {
    voices();
    const element = await card();
    const toggle = await found(() => button(element.shadowRoot));
    toggle.click();
    await waitUntil(() => element.shadowRoot!.querySelector('[part="read-aloud-stop"]'));
    (element.shadowRoot!.querySelector('[part="read-aloud-stop"]') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(speech.speaking).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    toggle.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.read-aloud-text'));
    toggle.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
    expect(speech.speaking).to.equal(false);
  });

  it('shows no button without a local voice for the language, nor with read-aloud="none" (and "off", with a warning)', async () => {
    voices([fakeVoice('nl-NL', false), fakeVoice('en-GB')]);
    const element = await card();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(element.shadowRoot)).to.equal(null);
    voices();
    const off = await card(html`<dv-stat-card read-aloud="none" value="5" label="Vijf" source="CBS"></dv-stat-card>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(off.shadowRoot)).to.equal(null);
    off.removeAttribute('read-aloud');
    await waitUntil(() => button(off.shadowRoot), 'no button after read-aloud="none" went');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      off.setAttribute('read-aloud', 'off');
      await waitUntil(() => !button(off.shadowRoot), 'read-aloud="off" is read as "none"');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('read-aloud="off"').and.contain('"none"');
  });

  it('passes axe while reading', async () => {
    voices();
    const element = await card();
    (await found(() => button(element.shadowRoot))).click();
    await waitUntil(() => element.shadowRoot!.querySelector('.read-aloud-text'));
    await expect(element).to.be.accessible();
  });

  it('gives every card of a grid its own button, and read-aloud="none" on the grid hides them all', async () => {
    voices();
    const grid = await fixture<DvStatGrid>(html`<dv-stat-grid stats="digid-accounts,basic-digital-skills-nl"></dv-stat-grid>`);
    await settled(grid, 'ready');
    const cards = () => [...grid.shadowRoot!.querySelectorAll('dv-stat-card')];
    await waitUntil(() => cards().length > 1 && cards().every((each) => button(each.shadowRoot)), 'a card without a button');
    grid.setAttribute('read-aloud', 'none');
    await waitUntil(() => cards().every((each) => !button(each.shadowRoot)), 'buttons stayed');
  });
});
