import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvIdoFinder } from '../ido-finder/dv-ido-finder.js';
import { settled } from '../../../../test/support/examples.js';
import { fakeVoice } from '../../../../test/support/fake-speech.js';
import { found, readAloudButton, readAll, restoreSpeech, speech, spoken, voices } from '../../../../test/support/read-aloud.js';

const button = (el: DvIdoFinder) => readAloudButton(el.shadowRoot);
const names = (el: DvIdoFinder) => [...el.shadowRoot!.querySelectorAll('button.name')].map((name) => `${name.textContent!.trim()}.`);

async function finder(markup = html`<dv-ido-finder map="none" postcode="2311" limit="2"></dv-ido-finder>`): Promise<DvIdoFinder> {
  const el = await fixture<DvIdoFinder>(markup);
  await settled(el, 'ready');
  await found(() => el.shadowRoot!.querySelector('button.name'), 'no list');
  return el;
}

describe('<dv-ido-finder> read aloud (recording fake of speechSynthesis)', () => {
  afterEach(() => restoreSpeech());

  it('reads the listed locations: name, distance in full, today\'s hours, address (Dutch)', async function () {
    this.timeout(30000);
    voices();
    const el = await finder();
    const toggle = await found(() => button(el), 'no read-aloud button');
    expect(el.shadowRoot!.querySelector('[part="heading"] + [part="read-aloud"]'), 'right below the heading').to.exist;
    toggle.click();
    const sentences = await readAll();
    expect(speech.spoken[0]!.lang).to.equal('nl-NL');
    const [first, second] = names(el);
    expect(sentences[0]).to.equal(first);
    expect(sentences[1]).to.match(/^\d+(,\d)? (kilometer|meter) hier vandaan\.$/);
    expect(sentences[2]).to.match(/^Vandaag (open van .+|gesloten)\.$/);
    expect(sentences[2]).not.to.match(/\d[.:]\d\d/);
    expect(sentences[3]).to.match(/^Adres: .+\.$/);
    expect(sentences).to.include(second);
    expect(sentences.filter((sentence) => sentence.startsWith('Adres:'))).to.have.length(2);
  });

  it('speaks English with an English voice in a finder with lang="en"', async function () {
    this.timeout(30000);
    voices();
    const el = await finder(html`<dv-ido-finder lang="en" map="none" postcode="2311" limit="2"></dv-ido-finder>`);
    const toggle = await found(() => (button(el)?.textContent?.trim() === 'Read aloud' ? button(el) : null), 'no English button');
    toggle.click();
    const sentences = await readAll();
    expect(speech.spoken[0]!.lang).to.equal('en-GB');
    expect(sentences[1]).to.match(/^\d+(\.\d)? (kilometres?|metres?) away\.$/);
    expect(sentences[2]).to.match(/^(Open today from .+|Closed today)\.$/);
    expect(sentences[3]).to.match(/^Address: .+\.$/);
  });

  it('highlights the sentence read; Stop and Escape stop; a new search stops the old reading', async function () {
    this.timeout(30000);
    voices();
    const el = await finder();
    const toggle = await found(() => button(el));
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.read-aloud-text li.now')!.textContent).to.equal(names(el)[0]);
    speech.finishSentence();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.read-aloud-text li.now')!.textContent).to.equal(speech.spoken[1]!.text);
    (await found(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-stop"]'))).click();
    await el.updateComplete;
    expect(speech.speaking).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    toggle.click();
    await found(() => el.shadowRoot!.querySelector('.read-aloud-text'));
    toggle.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
    toggle.click();
    await found(() => el.shadowRoot!.querySelector('.read-aloud-text'));
    el.setAttribute('postcode', '9711');
    await waitUntil(() => !el.shadowRoot!.querySelector('.read-aloud-text'), 'the reading of the old list went on', { timeout: 10000 });
    expect(speech.speaking).to.equal(false);
  });

  it('shows no button before a search, without a local voice, or with read-aloud="none"; passes axe while reading', async function () {
    this.timeout(30000);
    voices();
    const empty = await fixture<DvIdoFinder>(html`<dv-ido-finder map="none"></dv-ido-finder>`);
    await settled(empty, 'ready');
    expect(button(empty), 'no list yet').to.equal(null);
    const off = await finder(html`<dv-ido-finder read-aloud="none" map="none" postcode="2311" limit="2"></dv-ido-finder>`);
    expect(button(off)).to.equal(null);
    const el = await finder();
    (await found(() => button(el))).click();
    await found(() => el.shadowRoot!.querySelector('.read-aloud-text'));
    await expect(el).to.be.accessible();
    voices([fakeVoice('nl-NL', false)]);
    const network = await finder();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(network), 'a network voice is never used').to.equal(null);
  });
});
