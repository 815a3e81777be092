import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { themeStyles } from '../styles/theme.js';
import { ReadAloud } from './read-aloud-controller.js';
import { readAloudStyles, readAloudTemplate } from './read-aloud-view.js';
import { fakeVoice, installFakeSpeech, type FakeSpeech } from '../../../../test/support/fake-speech.js';
import type { Locale } from '../i18n/locale.js';

const WORDS = { read: 'Lees voor', pause: 'Pauze', resume: 'Verder', stop: 'Stop' };
const SCRIPT = ['Eerste zin.', 'Tweede zin.', 'Derde zin.'];

class ReaderHost extends LitElement {
  static override styles = [themeStyles, readAloudStyles];
  static override properties = { locale: {} };
  locale: Locale = 'nl';
  reader = new ReadAloud(this, () => this.locale);
  override render() {
    return litHtml`${readAloudTemplate(this.reader, WORDS, () => SCRIPT)}<p>Inhoud</p>`;
  }
}
customElements.define('test-read-aloud', ReaderHost);

let speech: FakeSpeech;
let restore: () => void;

async function mount(voices = [fakeVoice('nl-NL'), fakeVoice('en-GB')]): Promise<ReaderHost> {
  ({ speech, restore } = installFakeSpeech(voices));
  const el = await fixture<ReaderHost>(html`<test-read-aloud></test-read-aloud>`);
  await el.updateComplete;
  return el;
}

const toggle = (el: ReaderHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-button"]');
const stopButton = (el: ReaderHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="read-aloud-stop"]');
const highlighted = (el: ReaderHost) => el.shadowRoot!.querySelector('.read-aloud-text li.now')?.textContent;

describe('read-aloud (recording fake of speechSynthesis)', () => {
  afterEach(() => restore());

  it('reads the script one sentence at a time, in the widget\'s language, highlighting each', async () => {
    const el = await mount();
    toggle(el)!.click();
    await el.updateComplete;
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(['Eerste zin.']);
    expect(speech.spoken[0].lang).to.equal('nl-NL');
    expect(speech.spoken[0].rate).to.be.below(1);
    expect(highlighted(el)).to.equal('Eerste zin.');
    speech.finishSentence();
    await el.updateComplete;
    expect(highlighted(el)).to.equal('Tweede zin.');
    speech.finishSentence();
    speech.finishSentence();
    await el.updateComplete;
    expect(speech.spoken.map((u) => u.text)).to.deep.equal(SCRIPT);
    expect(el.reader.state).to.equal('idle');
    expect(stopButton(el)).to.equal(null);
    expect(toggle(el)!.textContent!.trim()).to.equal('Lees voor');
  });

  it('pauses and goes on with the same button, so focus stays on it', async () => {
    const el = await mount();
    const button = toggle(el)!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Pauze');
    button.click();
    await el.updateComplete;
    expect(speech.paused).to.equal(true);
    expect(button.textContent!.trim()).to.equal('Verder');
    button.click();
    await el.updateComplete;
    expect(speech.paused).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('stops with the Stop button and with Escape, and focus returns to the main button', async () => {
    const el = await mount();
    toggle(el)!.click();
    await el.updateComplete;
    stopButton(el)!.focus();
    stopButton(el)!.click();
    await el.updateComplete;
    expect(el.reader.state).to.equal('idle');
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));

    toggle(el)!.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.reader.state).to.equal('idle');
    expect(el.shadowRoot!.querySelector('.read-aloud-text')).to.equal(null);
  });

  it('goes quiet when another reading takes over the page\'s one speech queue', async () => {
    const el = await mount();
    toggle(el)!.click();
    await el.updateComplete;
    speech.cancel();
    await el.updateComplete;
    expect(el.reader.state).to.equal('idle');
  });

  it('shows no button without a local voice for the language (network voices send text away)', async () => {
    const el = await mount([fakeVoice('nl-NL', false), fakeVoice('en-GB')]);
    expect(toggle(el)).to.equal(null);
    el.locale = 'en';
    await el.updateComplete;
    expect(toggle(el)).not.to.equal(null);
  });

  it('shows the button once the browser announces its voices', async () => {
    const el = await mount([]);
    expect(toggle(el)).to.equal(null);
    speech.setVoices([fakeVoice('nl_NL')]);
    await el.updateComplete;
    expect(toggle(el)).not.to.equal(null);
  });

  it('stops speaking when the widget leaves the page', async () => {
    const el = await mount();
    toggle(el)!.click();
    await el.updateComplete;
    el.remove();
    expect(el.reader.state).to.equal('idle');
    expect(speech.speaking).to.equal(false);
  });

  it('has targets of at least 24 px', async () => {
    const el = await mount();
    toggle(el)!.click();
    await el.updateComplete;
    for (const button of [toggle(el)!, stopButton(el)!]) {
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });
});

describe('read-aloud with the browser\'s real speechSynthesis', () => {
  it('speaks with a local Dutch voice where the machine has one; otherwise shows no button', async function () {
    if (typeof speechSynthesis === 'undefined') {
      console.log('read-aloud: this browser has no speechSynthesis; the widgets show no read-aloud button');
      return;
    }
    // Chrome fills the voice list after load; wait for it, briefly.
    if (!speechSynthesis.getVoices().length) {
      await new Promise((resolve) => {
        speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
        setTimeout(resolve, 2000);
      });
    }
    const el = await fixture<ReaderHost>(html`<test-read-aloud></test-read-aloud>`);
    await el.updateComplete;
    const dutch = speechSynthesis.getVoices().filter((voice) => voice.localService && voice.lang.toLowerCase().replace('_', '-').startsWith('nl'));
    if (!dutch.length) {
      console.log(`read-aloud: no local Dutch voice on this machine (${speechSynthesis.getVoices().length} voices in all): checked that the button stays hidden`);
      expect(toggle(el)).to.equal(null);
      return;
    }
    toggle(el)!.click();
    await el.updateComplete;
    expect(el.reader.state).to.equal('reading');
    expect(speechSynthesis.speaking || speechSynthesis.pending).to.equal(true);
    el.reader.stop();
    expect(el.reader.state).to.equal('idle');
  });
});
