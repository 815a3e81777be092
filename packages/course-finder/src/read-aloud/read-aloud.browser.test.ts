import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvCourseFinder } from '../course-finder/dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { settled } from '../../../../test/support/examples.js';
import { fakeVoice } from '../../../../test/support/fake-speech.js';
import { found, readAloudButton, readAll, restoreSpeech, speech, spoken, voices } from '../../../../test/support/read-aloud.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (el: DvCourseFinder) => readAloudButton(el.shadowRoot);

async function finder(markup = html`<dv-course-finder today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`): Promise<DvCourseFinder> {
  const el = (await fixture<HTMLElement>(markup)) as DvCourseFinder;
  await settled(el, 'ready');
  return el;
}

describe('<dv-course-finder> read aloud (recording fake of speechSynthesis)', () => {
  afterEach(() => restoreSpeech());

  it('reads the first courses of the list: title, when in words, where, price (Dutch)', async function () {
    this.timeout(30000);
    voices();
    const el = await finder();
    const toggle = await found(() => button(el), 'no read-aloud button');
    expect(el.shadowRoot!.querySelector('[part="heading"] + [part="read-aloud"]'), 'right below the heading').to.exist;
    toggle.click();
    const sentences = await readAll();
    expect(speech.spoken[0]!.lang).to.equal('nl-NL');
    const titles = [...el.shadowRoot!.querySelectorAll('[part="course-title"]')].map((title) => `${text(title)}.`);
    expect(sentences[0]).to.match(/^De eerste 5 van \d+ cursussen\.$/);
    expect(sentences[1]).to.equal(titles[0]);
    expect(sentences[2]).to.match(/^Wanneer: (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+, van .+\.$/);
    expect(sentences[2]).not.to.match(/\d[.:]\d\d/);
    for (const title of titles.slice(0, 5)) expect(sentences).to.include(title);
    expect(sentences.filter((sentence) => sentence.startsWith('Wanneer:'))).to.have.length(5);
  });

  it('speaks English with an English voice in a finder with lang="en"', async function () {
    this.timeout(30000);
    voices();
    const el = await finder(html`<dv-course-finder lang="en" today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`);
    const toggle = await found(() => (button(el)?.textContent?.trim() === 'Read aloud' ? button(el) : null), 'no English button');
    toggle.click();
    const sentences = await readAll();
    expect(speech.spoken[0]!.lang).to.equal('en-GB');
    expect(sentences[0]).to.match(/^The first 5 of \d+ courses\.$/);
    expect(sentences[2]).to.match(/^When: (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ \w+, from .+\.$/);
  });

  it('highlights the sentence read; Stop and Escape stop; no button without a local voice or with read-aloud="none"; axe while reading', async function () {
    this.timeout(30000);
    voices();
    const el = await finder();
    const toggle = await found(() => button(el));
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.read-aloud-text li.now')!.textContent).to.equal(speech.spoken[0]!.text);
    await expect(el).to.be.accessible();
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
    // The finder loads its courses only near the screen: one finder on the page at a time.
    el.remove();
    const off = await finder(html`<dv-course-finder read-aloud="none" today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(off)).to.equal(null);
    off.remove();
    voices([fakeVoice('nl-NL', false)]);
    const network = await finder();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(network)).to.equal(null);
  });
});
