import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/stat-card';
import type { DvElement } from '../base/dv-element.js';
import type { Locale } from '../i18n/locale.js';
import { deepActiveElement, deepText, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';
import { fakeVoice } from '../../../../test/support/fake-speech.js';
import { found, readAll, readAloudButton, restoreSpeech, speech, voices } from '../../../../test/support/read-aloud.js';

/*
 * Issue #13: `languages="…"` gives the visitor a language choice inside the widget. Real
 * widgets, switched the way a visitor does it (the select, focused), mid-task.
 */

type Widget = DvElement & HTMLElement;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const base = (el: Element) => $(el, '[part="base"]')!;
const select = (el: Element) => $<HTMLSelectElement>(el, '[part="language-select"]');
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the control (its module loads on demand). */
async function control(el: Element): Promise<HTMLSelectElement> {
  await waitUntil(() => select(el), 'no language control', { timeout: 4000 });
  return select(el)!;
}

/** Chooses `locale` in the widget's control as a visitor does: focus on the select, a change. Resolves with the event's detail. */
async function choose(el: Widget, locale: Locale): Promise<{ locale: Locale }> {
  const box = await control(el);
  box.focus();
  const fired = new Promise<CustomEvent<{ locale: Locale }>>((resolve) => el.addEventListener('dv-language-change', resolve, { once: true }));
  box.value = locale;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  const event = await fired;
  expect(event.bubbles && event.composed, 'the event bubbles out of the shadow root').to.equal(true);
  await el.updateComplete;
  return event.detail;
}

/** What the switch must keep or give: the language on the root, its direction, the label's word, and the focus. */
function expectSpeaking(el: Widget, locale: Locale, label: string): void {
  expect(el.locale).to.equal(locale);
  expect(base(el).getAttribute('lang')).to.equal(locale);
  expect(base(el).getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
  expect(squash($(el, '[part="language-choice"] label span')?.textContent)).to.equal(label);
  expect(select(el)!.value).to.equal(locale);
  expect(deepActiveElement(), 'the focus stays on the control').to.equal(select(el));
  expect(base(el).getAttribute('aria-busy'), 'no loading state in between').to.equal('false');
}

describe('language choice (languages attribute)', () => {
  let warnings: string[];
  const warn = console.warn;
  beforeEach(() => {
    localStorage.clear();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  afterEach(() => {
    console.warn = warn;
    localStorage.clear();
  });

  it('self-check, mid-way: switches to en, ar, pl and back to nl, keeping the statement on show and the answer given', async function () {
    // A busy machine (CI beside other work): real widgets, several languages' chunks.
    this.timeout(30000);
    const el = await fixture<Widget>(html`<dv-self-check framework="slo" languages="nl en ar pl"></dv-self-check>`);
    await settled(el, 'ready');
    const box = await control(el);
    // Labelled, in the attribute's order, each language in its own name, with lang and dir.
    expect(box.labels?.[0]?.textContent?.trim()).to.equal('Taal');
    expect([...box.options].map((option) => [option.value, option.text, option.lang, option.dir])).to.deep.equal([
      ['nl', 'Nederlands', 'nl', 'ltr'],
      ['en', 'English', 'en', 'ltr'],
      ['ar', 'العربية', 'ar', 'rtl'],
      ['pl', 'Polski', 'pl', 'ltr'],
    ]);
    expect(box.value).to.equal('nl');
    await expect(el).to.be.accessible();

    // Two statements answered, the third one's answer chosen (not yet "Volgende").
    $<HTMLButtonElement>(el, '[part="start"]')!.click();
    for (let step = 0; step < 2; step++) {
      await waitUntil(() => $(el, '[part="statement"]'), 'no statement');
      const statement = $(el, '[part="statement"]')!.textContent;
      await el.updateComplete;
      $<HTMLInputElement>(el, 'input[type="radio"]')!.click();
      await el.updateComplete;
      $<HTMLFormElement>(el, 'form')!.requestSubmit();
      await waitUntil(() => $(el, '[part="statement"]')?.textContent !== statement, 'Volgende did not go on');
    }
    const radios = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios()[1]!.click();
    await el.updateComplete;
    const progress = () => squash($(el, '[part="progress"]')?.textContent);
    const statementNl = squash($(el, '[part="statement"]')!.textContent);
    expect(progress()).to.match(/^Vraag 3 van \d+/);

    expect(await choose(el, 'en')).to.deep.equal({ locale: 'en' });
    expectSpeaking(el, 'en', 'Language');
    expect(progress()).to.match(/^Question 3 of \d+/);
    expect(squash($(el, '[part="statement"]')!.textContent)).not.to.equal(statementNl);
    expect(radios()[1]!.checked, 'the chosen answer stays').to.equal(true);

    await choose(el, 'ar');
    expectSpeaking(el, 'ar', 'اللغة');
    expect(progress()).to.match(/[\u0600-\u06FF]/);
    expect(radios()[1]!.checked).to.equal(true);

    await choose(el, 'pl');
    expectSpeaking(el, 'pl', 'Język');
    expect(progress()).to.match(/^Pytanie 3/);

    await choose(el, 'nl');
    expectSpeaking(el, 'nl', 'Taal');
    expect(progress()).to.match(/^Vraag 3 van \d+/);
    expect(squash($(el, '[part="statement"]')!.textContent)).to.equal(statementNl);
    expect(radios()[1]!.checked).to.equal(true);
    // The answer chosen before the switches still counts: "Volgende" goes on to statement 4.
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => /^Vraag 4 van/.test(progress()), `Volgende did not go on (${progress()})`);
    expect(Object.keys((el as unknown as { answers: object }).answers)).to.have.length(3);
    // Nothing is stored: not the language, not a cookie.
    expect(JSON.stringify({ ...localStorage })).not.to.match(/"(en|ar|pl)"/);
    expect(document.cookie).to.equal('');
    await expect(el).to.be.accessible();
    expect(warnings).to.deep.equal([]);
  });

  it('IDO finder, after a search: switches to en, ar, pl and back, keeping the search, the results and the location opened', async function () {
    // A busy machine (CI beside other work): real widgets, several languages' chunks.
    this.timeout(30000);
    const el = await fixture<Widget>(html`<dv-ido-finder map="none" limit="2" languages="nl en ar pl"></dv-ido-finder>`);
    await settled(el, 'ready');
    const input = $<HTMLInputElement>(el, 'input')!;
    input.value = '2311 EZ';
    input.dispatchEvent(new InputEvent('input'));
    $<HTMLFormElement>(el, 'form')!.requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.result').length === 2, 'no results', { timeout: 5000 });
    const opened = $<HTMLButtonElement>(el, 'button.name')!;
    opened.click();
    await el.updateComplete;
    const names = () => [...el.shadowRoot!.querySelectorAll('button.name')].map((button) => squash(button.textContent));
    const found = names();
    expect(deepText(el)).to.contain('2 locaties dicht bij');

    await choose(el, 'en');
    expectSpeaking(el, 'en', 'Language');
    expect(deepText(el)).to.contain('2 locations near');
    expect(input.value, 'the search text stays').to.equal('2311 EZ');
    expect(names(), 'the same results').to.deep.equal(found);
    expect($(el, 'button.name')!.getAttribute('aria-expanded'), 'the opened location stays open').to.equal('true');
    // Distances in the language's own number format: "0,3 km" in Dutch, "0.3 km" in English.
    expect(deepText(el)).to.match(/\d\.\d km/);

    await choose(el, 'ar');
    expectSpeaking(el, 'ar', 'اللغة');
    expect(deepText(el)).to.match(/[\u0600-\u06FF]/);
    expect(input.value).to.equal('2311 EZ');
    expect(names()).to.deep.equal(found);

    await choose(el, 'pl');
    expectSpeaking(el, 'pl', 'Język');
    expect(names()).to.deep.equal(found);

    await choose(el, 'nl');
    expectSpeaking(el, 'nl', 'Taal');
    expect(deepText(el)).to.contain('2 locaties dicht bij');
    expect(input.value).to.equal('2311 EZ');
    expect($(el, 'button.name')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('wins over lang on the element and the page, for that widget only', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="en">
      <dv-stat-card stat="digid-accounts" lang="nl" languages="nl en tr"></dv-stat-card>
      <dv-stat-card stat="digid-accounts"></dv-stat-card>
    </div>`);
    const [chooser, other] = [...page.querySelectorAll<Widget>('dv-stat-card')] as [Widget, Widget];
    await settled(chooser, 'ready');
    await settled(other, 'ready');
    expect(chooser.locale).to.equal('nl');
    await choose(chooser, 'tr');
    expectSpeaking(chooser, 'tr', 'Dil');
    expect(chooser.getAttribute('lang'), 'the page’s markup is left as it was').to.equal('nl');
    expect(other.locale, 'another widget keeps the page’s language').to.equal('en');
    // The page changes its language later: the visitor's choice still wins.
    page.lang = 'nl';
    await waitUntil(() => other.locale === 'nl', 'the other card did not follow the page');
    await chooser.updateComplete;
    expect(chooser.locale).to.equal('tr');
    // Dutch, the widget's own language by its markup, stays on offer: the way back.
    expect([...select(chooser)!.options].map((option) => option.value)).to.deep.equal(['nl', 'en', 'tr']);
  });

  it('a stat grid’s choice is followed by every card in it', async () => {
    const grid = await fixture<Widget>(html`<dv-stat-grid stats="digid-accounts,ido-library-branches" languages="nl en ar"></dv-stat-grid>`);
    await settled(grid, 'ready');
    const cards = [...grid.shadowRoot!.querySelectorAll<Widget>('dv-stat-card')];
    expect(cards).to.have.length(2);
    expect(cards.every((card) => !card.shadowRoot!.querySelector('[part="language-choice"]')), 'one control, the grid’s').to.equal(true);
    await choose(grid, 'ar');
    expectSpeaking(grid, 'ar', 'اللغة');
    await waitUntil(() => cards.every((card) => card.locale === 'ar' && base(card).getAttribute('dir') === 'rtl'), 'the cards did not follow');
    await choose(grid, 'en');
    await waitUntil(() => cards.every((card) => card.locale === 'en' && /Source/.test(deepText(card))), 'the cards did not follow to English');
  });

  it('offers the widget’s own language first when the attribute left it out', async () => {
    const el = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts" languages="ar, UK"></dv-stat-card>`);
    await settled(el, 'ready');
    const box = await control(el);
    expect([...box.options].map((option) => option.value)).to.deep.equal(['nl', 'ar', 'uk']);
    await choose(el, 'uk');
    expectSpeaking(el, 'uk', 'Мова');
    expect([...box.options].map((option) => option.value), 'the way back stays').to.deep.equal(['nl', 'ar', 'uk']);
  });

  it('leaves out unknown codes with a warning for the webmaster; with one language there is no control', async () => {
    const el = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts" languages="nl fr EN-gb"></dv-stat-card>`);
    await settled(el, 'ready');
    const box = await control(el);
    expect([...box.options].map((option) => option.value)).to.deep.equal(['nl', 'en']);
    expect(warnings).to.deep.equal([
      '<dv-stat-card>: languages="nl fr EN-gb": "fr" is not a language the widgets speak (nl, en, ar, tr, pl, uk), so it is left out.',
    ]);
    el.requestUpdate();
    await el.updateComplete;
    expect(warnings, 'once').to.have.length(1);

    warnings.length = 0;
    const one = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts" languages="nl fr"></dv-stat-card>`);
    await settled(one, 'ready');
    await waitUntil(() => warnings.length > 0, 'no warning');
    expect(select(one), 'no control with one language').to.equal(null);
    expect($(one, '[part="language-choice"]')).to.equal(null);
    expect(warnings[0]).to.contain('at least two languages');
  });

  it('takes the control away with the attribute; the widget keeps the language the visitor chose', async () => {
    const el = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts" languages="nl en"></dv-stat-card>`);
    await settled(el, 'ready');
    await choose(el, 'en');
    el.removeAttribute('languages');
    await el.updateComplete;
    expect(select(el)).to.equal(null);
    expect(el.locale).to.equal('en');
  });

  it('reads aloud in the chosen language, with its voice; no button where the device has no voice for it', async () => {
    voices([fakeVoice('nl-NL'), fakeVoice('en-GB'), fakeVoice('ar-SA')]);
    try {
      const el = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts" languages="nl ar pl"></dv-stat-card>`);
      await settled(el, 'ready');
      await found(() => readAloudButton(el.shadowRoot), 'no read-aloud button in Dutch');
      await choose(el, 'ar');
      expectSpeaking(el, 'ar', 'اللغة');
      (await found(() => readAloudButton(el.shadowRoot), 'no read-aloud button in Arabic')).click();
      const sentences = await readAll();
      expect(sentences.join(' ')).to.match(/[\u0600-\u06FF]/);
      expect(speech.spoken.every((utterance) => utterance.lang.startsWith('ar') && utterance.voice?.lang === 'ar-SA'), 'an Arabic voice').to.equal(true);
      await choose(el, 'pl');
      expectSpeaking(el, 'pl', 'Język');
      expect(readAloudButton(el.shadowRoot), 'no Polish voice on this device: no button').to.equal(null);
    } finally {
      restoreSpeech();
    }
  });

  it('shows no control without the attribute', async () => {
    const el = await fixture<Widget>(html`<dv-stat-card stat="digid-accounts"></dv-stat-card>`);
    await settled(el, 'ready');
    expect($(el, '[part="language-choice"]')).to.equal(null);
    expect(warnings).to.deep.equal([]);
  });
});
