import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { DvSelfCheck } from '../self-check/dv-self-check.js';
import { selfCheckExamples } from '../examples.js';
import { mountSelfCheck, part } from '../test/mount.js';
import { settled } from '../../../../test/support/examples.js';
import { fakeVoice } from '../../../../test/support/fake-speech.js';
import { found, readAloudButton, readAll, restoreSpeech, speech, spoken, voices } from '../../../../test/support/read-aloud.js';

const button = (element: DvSelfCheck) => readAloudButton(element.shadowRoot);
const highlighted = (element: DvSelfCheck) => element.shadowRoot!.querySelector('.read-aloud-text li.now')?.textContent;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function atFirstStatement(markup = html`<dv-self-check></dv-self-check>`): Promise<DvSelfCheck> {
  const element = await fixture<DvSelfCheck>(markup);
  await settled(element, 'ready');
  element.start();
  await element.updateComplete;
  return element;
}

describe('<dv-self-check> read aloud (recording fake of speechSynthesis)', () => {
  afterEach(() => restoreSpeech());

  it('reads the statement with its number and answers, below the heading, highlighting each sentence', async () => {
    voices();
    const element = await atFirstStatement();
    const toggle = await found(() => button(element), 'no read-aloud button');
    expect(element.shadowRoot!.querySelector('[part="heading"] + [part="read-aloud"]'), 'right below the heading').to.exist;
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1, 'nothing spoken');
    expect(speech.spoken[0]!.lang).to.equal('nl-NL');
    await element.updateComplete;
    expect(highlighted(element)).to.equal('Vraag 1 van 30.');
    speech.finishSentence();
    await element.updateComplete;
    expect(highlighted(element)).to.equal('Ik kan met een zoekmachine vinden wat ik zoek.');
    speech.finishSentence();
    speech.finishSentence();
    expect(spoken()).to.deep.equal([
      'Vraag 1 van 30.',
      'Ik kan met een zoekmachine vinden wat ik zoek.',
      'Je kunt kiezen: Dat kan ik niet, Dat kan ik met hulp, Dat kan ik zelf, Dat kan ik goed en ik kan anderen helpen, Weet ik niet of Ik begrijp de vraag niet.',
    ]);
  });

  it('speaks English with an English voice on a check with lang="en"', async () => {
    voices();
    const element = await atFirstStatement(html`<dv-self-check lang="en"></dv-self-check>`);
    const toggle = await found(() => (button(element)?.textContent?.trim() === 'Read aloud' ? button(element) : null), 'no English button');
    toggle.click();
    await waitUntil(() => speech.spoken.length === 1, 'nothing spoken');
    expect(speech.spoken[0]!.lang).to.equal('en-GB');
    speech.finishSentence();
    speech.finishSentence();
    expect(spoken()).to.deep.equal([
      'Question 1 of 30.',
      'I can use a search engine to find what I am looking for.',
      "You can choose: I can't do this, I can do this with help, I can do this on my own, I can do this well and I can help others, I don't know or I don't understand the question.",
    ]);
  });

  it('stops with Stop, with Escape, and when the visitor goes to the next statement', async () => {
    voices();
    const element = await atFirstStatement();
    const toggle = await found(() => button(element));
    toggle.click();
    const stop = await found(() => element.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-stop"]'));
    stop.click();
    await element.updateComplete;
    expect(speech.speaking).to.equal(false);
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    toggle.click();
    await found(() => element.shadowRoot!.querySelector('.read-aloud-text'));
    toggle.focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
    toggle.click();
    await found(() => element.shadowRoot!.querySelector('.read-aloud-text'));
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    part(element, 'button[type="submit"]').click();
    await waitUntil(() => text(element.shadowRoot!.querySelector('[part="progress"]')).startsWith('Vraag 2'));
    await element.updateComplete;
    expect(speech.speaking, 'the old statement is not read on').to.equal(false);
    expect(element.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
  });

  it('reads the result: the areas to learn most with advice and next step, then the others in one line', async function () {
    // The result's code and the question set load first: slow on a busy machine.
    this.timeout(30000);
    voices();
    const example = selfCheckExamples.find((candidate) => candidate.name === 'Result with course finder')!;
    const element = await mountSelfCheck(example);
    await settled(element, 'ready');
    const root = element.shadowRoot!;
    (await found(() => button(element), 'no button on the result')).click();
    await waitUntil(() => speech.spoken.length === 1, 'nothing spoken');
    while (speech.speaking) speech.finishSentence();
    const first = root.querySelector('[part="learn"] > [part="area"]')!;
    const sentences = spoken();
    expect(sentences[0]).to.equal('Hier kun je het meeste leren.');
    // "<area>: <level>." and the level is the one the screen shows.
    const [area, level] = sentences[1]!.replace(/\.$/, '').split(': ');
    expect(area).to.equal(text(first.querySelector('[part="area-heading"]')));
    expect(text(first.querySelector('.level strong'))).to.contain(level!);
    expect(sentences).to.include(`Volgende stap: ${text(first.querySelector('[part="next-step"]'))}.`);
    const others = [...root.querySelectorAll('[part="others"] .other-name')].map(text);
    expect(sentences.at(-1)).to.match(/^Over .* lees je meer op het scherm\.$/);
    for (const other of others) expect(sentences.at(-1)).to.contain(other);
    await expect(element).to.be.accessible();
  });

  it('shows no button without a local voice, nor with read-aloud="none"', async () => {
    voices([fakeVoice('nl-NL', false)]);
    const element = await atFirstStatement();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(element)).to.equal(null);
    voices();
    const off = await atFirstStatement(html`<dv-self-check read-aloud="none"></dv-self-check>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(button(off)).to.equal(null);
  });

  it('passes axe on a statement while reading', async () => {
    voices();
    const element = await atFirstStatement();
    (await found(() => button(element))).click();
    await found(() => element.shadowRoot!.querySelector('.read-aloud-text'));
    await expect(element).to.be.accessible();
  });
});
