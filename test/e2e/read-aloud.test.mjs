// "Lees voor" from the built bundle (issue #13): dist/ on one page under the strict CSP, with
// every widget, and a recording stand-in for speechSynthesis put in place before the page's
// scripts (headless Chromium has no voices; the real API is tested in
// packages/core/src/speech/read-aloud.browser.test.ts). The stand-in is the same idea as
// test/support/fake-speech.ts, written for the page itself: local voices for Dutch, English
// and Arabic, and only a network voice for Turkish (which the widgets must not use).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { scrollThrough, servedDist, settledText } from './support.mjs';

const site = servedDist();

/** Runs in the page before its scripts: window.speechSynthesis records, the test drives it. */
function installRecordingSpeech() {
  const voice = (lang, localService = true) => ({ name: `Test ${lang}`, lang, localService, default: false, voiceURI: `test-${lang}-${localService}` });
  class Utterance extends EventTarget {
    constructor(text = '') {
      super();
      Object.assign(this, { text, lang: '', voice: null, rate: 1, pitch: 1, volume: 1 });
    }
  }
  class RecordingSpeech extends EventTarget {
    constructor() {
      super();
      this.voices = [voice('nl-NL'), voice('en-GB'), voice('ar-SA'), voice('tr-TR', false)];
      this.queue = [];
      this.paused = false;
      /** Every utterance handed to speak(), in order: { text, lang, voice }. */
      this.spoken = [];
      /** pause, resume and cancel calls, in order. */
      this.calls = [];
    }
    get speaking() {
      return this.queue.length > 0;
    }
    get pending() {
      return this.queue.length > 1;
    }
    getVoices() {
      return this.voices;
    }
    speak(utterance) {
      this.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
      this.queue.push(utterance);
      if (this.queue.length === 1) utterance.dispatchEvent(new Event('start'));
    }
    cancel() {
      this.calls.push('cancel');
      const [current] = this.queue;
      this.queue = [];
      current?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    }
    pause() {
      this.calls.push('pause');
      this.paused = true;
    }
    resume() {
      this.calls.push('resume');
      this.paused = false;
    }
    /** The engine finished the sentence it was saying: 'end' on it, 'start' on the next. */
    finishSentence() {
      const done = this.queue.shift();
      done?.dispatchEvent(new Event('end'));
      this.queue[0]?.dispatchEvent(new Event('start'));
    }
  }
  const speech = new RecordingSpeech();
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: Utterance });
  // Voices arrive after load in Chrome, announced by an event: the widgets must listen.
  const late = speech.voices;
  speech.voices = [];
  addEventListener('load', () => setTimeout(() => {
    speech.voices = late;
    speech.dispatchEvent(new Event('voiceschanged'));
  }, 50));
}

let page;
let problems;
const foreign = [];

/** Waits for the widget's read-aloud button; its text. */
const buttonText = (id) =>
  page
    .waitForFunction((id) => document.getElementById(id)?.shadowRoot?.querySelector('[part="read-aloud-button"]')?.textContent.trim(), { timeout: 10000 }, id)
    .then((handle) => handle.jsonValue());

/** Presses the widget's read-aloud button with the keyboard (focus, Enter). */
async function press(id) {
  await page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('[part="read-aloud-button"]').focus(), id);
  await page.keyboard.press('Enter');
}

/** Lets the engine finish every sentence of the reading; gives what it was asked to say since `from`. */
async function readToTheEnd(from) {
  await page.waitForFunction((from) => speechSynthesis.spoken.length > from, { timeout: 10000 }, from);
  return page.evaluate(async (from) => {
    for (let i = 0; i < 200 && speechSynthesis.speaking; i++) {
      speechSynthesis.finishSentence();
      await new Promise((resolve) => setTimeout(resolve));
    }
    return speechSynthesis.spoken.slice(from);
  }, from);
}

const spokenCount = () => page.evaluate(() => speechSynthesis.spoken.length);

describe('read aloud from dist/, every widget on one page under a strict CSP', () => {
  before(async () => {
    page = await site.browser.newPage();
    problems = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site.base) foreign.push(request.url());
    });
    await page.evaluateOnNewDocument(installRecordingSpeech);
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${site.base}/pages/read-aloud.html`, { waitUntil: 'load' });
    await scrollThrough(page);
    for (const id of ['card', 'card-en', 'card-tr', 'check', 'finder', 'finder-ar', 'courses']) await settledText(page, `#${id}`);
  });

  after(async () => {
    await page?.close();
  });

  it('stat card: "Lees voor" speaks the figure in full, its source and year, with the Dutch voice', async () => {
    assert.equal(await buttonText('card'), 'Lees voor');
    const from = await spokenCount();
    await press('card');
    const spoken = await readToTheEnd(from);
    assert.deepEqual(spoken.map((each) => each.text), ['Doet zaken met de overheid online: 79,5 procent.', 'Bron: CBS.', 'Gemeten in 2023.']);
    assert.deepEqual([...new Set(spoken.map((each) => each.lang))], ['nl-NL']);
    assert.deepEqual(problems, []);
  });

  it('stat card in English: "Read aloud" speaks English with the English voice', async () => {
    assert.equal(await buttonText('card-en'), 'Read aloud');
    const from = await spokenCount();
    await press('card-en');
    const spoken = await readToTheEnd(from);
    assert.deepEqual(spoken.map((each) => each.text), ['DigiD accounts: 18.2 million.', 'Source: Logius.']);
    assert.deepEqual([...new Set(spoken.map((each) => each.voice))], ['Test en-GB']);
  });

  it('no button for a language the device has only a network voice for (Turkish)', async () => {
    await settledText(page, '#card-tr');
    // The other cards' buttons are there by now: the Turkish one would be too.
    await buttonText('card');
    const shown = await page.evaluate(() => Boolean(document.getElementById('card-tr').shadowRoot.querySelector('[part="read-aloud"]')));
    assert.equal(shown, false);
  });

  it('self-check: on a statement it reads the number, the statement and the answers', async () => {
    await page.evaluate(() => document.getElementById('check').shadowRoot.querySelector('[part="start"]').click());
    assert.equal(await buttonText('check'), 'Lees voor');
    const from = await spokenCount();
    await press('check');
    const spoken = (await readToTheEnd(from)).map((each) => each.text);
    assert.match(spoken[0], /^Vraag 1 van \d+\.$/);
    assert.ok(spoken.some((sentence) => sentence.startsWith('Je kunt kiezen: ')), spoken.join(' | '));
  });

  it('IDO finder: reads each location with its distance in full ("kilometer"), today\'s hours in words, the address', async () => {
    const from = await spokenCount();
    await press('finder');
    const spoken = (await readToTheEnd(from)).map((each) => each.text);
    const names = await page.evaluate(() => [...document.getElementById('finder').shadowRoot.querySelectorAll('button.name')].map((name) => `${name.textContent.trim()}.`));
    assert.equal(spoken[0], names[0]);
    assert.match(spoken[1], /^\d+(,\d)? (kilometer|meter) hier vandaan\.$/);
    assert.match(spoken[2], /^Vandaag (open van .+|gesloten)\.$/);
    assert.doesNotMatch(spoken[2], /\d[.:]\d\d/, 'clock times in words, not "10.00"');
    assert.ok(spoken.includes(names[1]), spoken.join(' | '));
    assert.equal(spoken.filter((sentence) => sentence.startsWith('Adres: ')).length, 2);
  });

  it('IDO finder in Arabic: speaks Arabic with the Arabic voice, the distance in words', async () => {
    const from = await spokenCount();
    await press('finder-ar');
    const spoken = await readToTheEnd(from);
    assert.deepEqual([...new Set(spoken.map((each) => each.lang))], ['ar-SA']);
    // The location's name is data (Dutch); every sentence after it is Arabic.
    const names = await page.evaluate(() => [...document.getElementById('finder-ar').shadowRoot.querySelectorAll('button.name')].map((name) => `${name.textContent.trim()}.`));
    assert.equal(spoken[0].text, names[0]);
    assert.ok(spoken.slice(1).every((each) => /[\u0600-\u06FF]/.test(each.text)), spoken.map((each) => each.text).join(' | '));
    assert.ok(spoken.some((each) => /^المسافة من هنا: [\d٠-٩.,٫]+ (كيلومترات?|كيلومترًا|كيلومتر|أمتار|مترًا|متر)\.$/.test(each.text)), `no "kilometre"/"metre" in words: ${spoken.map((each) => each.text).join(' | ')}`);
  });

  it('course finder: a day and time span in words ("maandag 6 januari, van tien tot twaalf uur"), where and the price', async () => {
    const from = await spokenCount();
    await press('courses');
    const spoken = (await readToTheEnd(from)).map((each) => each.text);
    assert.match(spoken[0], /^De eerste 5 van \d+ cursussen\.$/);
    const when = spoken.filter((sentence) => sentence.startsWith('Wanneer: '));
    assert.equal(when.length, 5, spoken.join(' | '));
    for (const sentence of when) {
      assert.match(sentence, /^Wanneer: (maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) \d+ \w+, van .+ tot .+\.$/);
      assert.doesNotMatch(sentence, /\d[.:]\d\d|–/, 'no printed clock times or dashes');
    }
    assert.ok(spoken.some((sentence) => /gratis|euro/.test(sentence)), 'a price');
  });

  it('pause, go on and stop by keyboard: Enter pauses and goes on, Escape stops and keeps the focus on the button', async () => {
    const from = await spokenCount();
    await press('card');
    await page.waitForFunction((from) => speechSynthesis.spoken.length > from, { timeout: 5000 }, from);
    const state = () =>
      page.evaluate(() => {
        const root = document.getElementById('card').shadowRoot;
        return {
          label: root.querySelector('[part="read-aloud-button"]').textContent.trim(),
          stop: Boolean(root.querySelector('[part="read-aloud-stop"]')),
          now: root.querySelector('.read-aloud-text li.now')?.textContent ?? null,
          focused: root.activeElement?.getAttribute('part') ?? null,
          paused: speechSynthesis.paused,
          speaking: speechSynthesis.speaking,
        };
      });
    const until = (check) => page.waitForFunction(check, { timeout: 5000 });
    await until(() => document.getElementById('card').shadowRoot.querySelector('[part="read-aloud-button"]').textContent.trim() === 'Pauze');
    assert.deepEqual(await state(), { label: 'Pauze', stop: true, now: 'Doet zaken met de overheid online: 79,5 procent.', focused: 'read-aloud-button', paused: false, speaking: true });
    await page.keyboard.press('Enter');
    await until(() => document.getElementById('card').shadowRoot.querySelector('[part="read-aloud-button"]').textContent.trim() === 'Verder');
    assert.equal((await state()).paused, true);
    await page.keyboard.press('Enter');
    await until(() => document.getElementById('card').shadowRoot.querySelector('[part="read-aloud-button"]').textContent.trim() === 'Pauze');
    assert.equal((await state()).paused, false);
    await page.keyboard.press('Escape');
    await until(() => !document.getElementById('card').shadowRoot.querySelector('.read-aloud-text'));
    assert.deepEqual(await state(), { label: 'Lees voor', stop: false, now: null, focused: 'read-aloud-button', paused: false, speaking: false });
    const calls = await page.evaluate(() => speechSynthesis.calls.slice(-4));
    assert.deepEqual(calls, ['pause', 'resume', 'cancel', 'resume']);
  });

  it('asked nothing of another host, and no console error or CSP violation', () => {
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
  });
});
