import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storageKey } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import '../index.js';
import type { DvSelfCheck, SelfCheckCompleteDetail } from './dv-self-check.js';
import { deepActiveElement, part } from '../test/mount.js';
import { deepText, settled } from '../../../../test/support/examples.js';

const SCALE = ['cannot', 'with-help', 'on-my-own', 'can-help-others'];
const QUESTIONS = digiq.areas.flatMap((area) => area.questions.map((question) => ({ area, question })));

async function mount(markup = html`<dv-self-check></dv-self-check>`): Promise<DvSelfCheck> {
  const element = await fixture<DvSelfCheck>(markup);
  await settled(element, 'ready');
  return element;
}

async function frame(element: DvSelfCheck): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

function statement(element: DvSelfCheck): string {
  return part(element, '[part="statement"]').textContent?.trim() ?? '';
}

async function waitForResult(element: DvSelfCheck): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('[part="result"]'), 'the result did not show', { timeout: 5000 });
  await frame(element);
}

/** Presses Tab until a radio button has focus (past the statement and its help). */
async function tabToAnswers(): Promise<HTMLInputElement> {
  for (let i = 0; i < 4; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (active instanceof HTMLInputElement && active.type === 'radio') return active;
  }
  throw new Error(`Tab did not reach the answers (focus on ${deepActiveElement()?.outerHTML ?? 'nothing'})`);
}

describe('<dv-self-check>', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('goes from intro to result with the keyboard only, focus on each new statement', async () => {
    const element = await mount();
    const events: SelfCheckCompleteDetail[] = [];
    element.addEventListener('dv-self-check-complete', (event) => events.push((event as CustomEvent).detail));
    // The first focus is the visitor's own (they tabbed into the widget); keys only from here.
    part(element, '[part="start"]').focus();
    await sendKeys({ press: 'Enter' });

    for (const [index, { question }] of QUESTIONS.entries()) {
      await frame(element);
      const active = deepActiveElement();
      expect(active?.getAttribute('part'), `focus at statement ${index + 1}`).to.equal('statement');
      expect(active?.textContent?.trim()).to.equal(question.text.nl);
      expect(deepText(element)).to.contain(`Vraag ${index + 1} van ${QUESTIONS.length}`);
      await tabToAnswers();
      await sendKeys({ press: 'Space' });
      for (let i = 0; i < index % SCALE.length; i += 1) await sendKeys({ press: 'ArrowDown' });
      // Enter on a radio button submits the form: the "Volgende" button.
      await sendKeys({ press: 'Enter' });
    }

    await waitForResult(element);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Jouw uitslag');
    const expected = Object.fromEntries(QUESTIONS.map(({ question }, index) => [question.id, SCALE[index % SCALE.length]]));
    expect(element.answers).to.deep.equal(expected);
    expect(events).to.have.length(1);
    expect(events[0]!.framework).to.equal('digiq');
    expect(events[0]!.areas.map((area) => area.id)).to.deep.equal(digiq.areas.map((area) => area.id));
    await expect(element).to.be.accessible();
  });

  it('says what is missing and moves focus to the answers when "Volgende" is pressed without one', async () => {
    const element = await mount();
    element.start();
    await frame(element);
    part(element, 'button[type="submit"]').click();
    await frame(element);
    expect(deepText(element)).to.contain('Kies eerst een antwoord');
    expect((deepActiveElement() as HTMLInputElement).type).to.equal('radio');
    expect(statement(element)).to.equal(QUESTIONS[0]!.question.text.nl);
    await expect(element).to.be.accessible();
  });

  it('keeps the chosen answer when the visitor goes back, and announces the step', async () => {
    const element = await mount();
    element.start();
    await frame(element);
    part<HTMLInputElement>(element, 'input[type="radio"]:nth-of-type(1)');
    const radios = () => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    radios()[2]!.click();
    part(element, 'button[type="submit"]').click();
    await frame(element);
    expect(statement(element)).to.equal(QUESTIONS[1]!.question.text.nl);
    expect(part(element, '[aria-live]').textContent).to.contain('Vraag 2 van 30');
    part(element, '[part="nav"] button.secondary').click();
    await frame(element);
    expect(statement(element)).to.equal(QUESTIONS[0]!.question.text.nl);
    expect(radios().map((radio) => radio.checked)).to.deep.equal([false, false, true, false, false, false]);
    expect(deepActiveElement()?.getAttribute('part')).to.equal('statement');
    expect(element.answers).to.deep.equal({ [QUESTIONS[0]!.question.id]: 'on-my-own' });
  });

  it('passes axe with the help text open', async () => {
    const element = await mount();
    element.start();
    await frame(element);
    part(element, '[part="help"] summary').click();
    await frame(element);
    expect(part<HTMLDetailsElement>(element, '[part="help"]').open).to.equal(true);
    expect(deepText(element)).to.contain('zoekmachine');
    await expect(element).to.be.accessible();
  });

  it('fires dv-self-check-complete with scores, levels and the weakest areas', async () => {
    const element = await mount(html`<dv-self-check areas="safety,ai,netiquette"></dv-self-check>`);
    const answers: Record<string, string> = {};
    for (const { area, question } of QUESTIONS) {
      if (area.id === 'safety') answers[question.id] = 'can-help-others';
      if (area.id === 'netiquette') answers[question.id] = 'with-help';
      if (area.id === 'ai') answers[question.id] = 'dont-understand';
    }
    const event = oneEvent(element, 'dv-self-check-complete');
    element.answers = answers;
    const { detail } = (await event) as CustomEvent<SelfCheckCompleteDetail>;
    expect(detail).to.deep.equal({
      framework: 'digiq',
      areas: [
        { id: 'netiquette', score: 33, level: 'beginner' },
        { id: 'safety', score: 100, level: 'gevorderd' },
        { id: 'ai', score: null, level: null },
      ],
      weakest: ['netiquette', 'safety'],
    });
    await waitForResult(element);
    expect(deepText(element)).to.contain('Geen niveau');
    expect(deepText(element)).to.contain('Niveau: Gevorderd');
  });

  it('restores progress after the element is made again, with persist', async () => {
    const first = await mount(html`<dv-self-check persist></dv-self-check>`);
    first.start();
    await frame(first);
    first.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    part(first, 'button[type="submit"]').click();
    await frame(first);
    expect(localStorage.getItem(storageKey('digiq'))).to.contain('"step":1');
    first.remove();

    const second = await mount(html`<dv-self-check persist></dv-self-check>`);
    expect(statement(second)).to.equal(QUESTIONS[1]!.question.text.nl);
    expect(second.answers).to.deep.equal({ [QUESTIONS[0]!.question.id]: 'with-help' });
    part(second, '[part="clear"]').click();
    await frame(second);
    expect(localStorage.getItem(storageKey('digiq'))).to.equal(null);
    expect(deepText(second)).to.contain('Begin de test');
    expect(part(second, '[aria-live]').textContent).to.contain('gewist');
  });

  it('restores a finished result with persist, and discards a corrupt stored value quietly', async () => {
    const answers = Object.fromEntries(QUESTIONS.map(({ question }) => [question.id, 'on-my-own']));
    const done = await mount(html`<dv-self-check persist></dv-self-check>`);
    done.answers = answers;
    await waitForResult(done);
    done.remove();
    const again = await mount(html`<dv-self-check persist></dv-self-check>`);
    await waitForResult(again);
    expect(deepText(again)).to.contain('Niveau: Basis');
    again.remove();

    localStorage.setItem(storageKey('digiq'), '{"v":1,"framework":"digiq","answers":');
    const fresh = await mount(html`<dv-self-check persist></dv-self-check>`);
    expect(deepText(fresh)).to.contain('Begin de test');
    expect(localStorage.getItem(storageKey('digiq'))).to.equal(null);
  });

  it('writes nothing to localStorage without persist', async () => {
    const element = await mount();
    element.start();
    await frame(element);
    element.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
    part(element, 'button[type="submit"]').click();
    element.answers = Object.fromEntries(QUESTIONS.map(({ question }) => [question.id, 'cannot']));
    await waitForResult(element);
    expect(localStorage.length).to.equal(0);
  });

  it('speaks English with lang="en", from the statements to the result', async () => {
    const element = await mount(html`<dv-self-check lang="en" areas="ai"></dv-self-check>`);
    expect(deepText(element)).to.contain('How digitally skilled are you?');
    expect(deepText(element)).to.contain('Start the check');
    element.start();
    await frame(element);
    expect(statement(element)).to.equal(digiq.areas.find((area) => area.id === 'ai')!.questions[0]!.text.en);
    expect(deepText(element)).to.contain('Question 1 of 3');
    expect(deepText(element)).to.contain("I don't know");
    element.answers = Object.fromEntries(
      digiq.areas.find((area) => area.id === 'ai')!.questions.map((question) => [question.id, 'cannot']),
    );
    await waitForResult(element);
    expect(deepText(element)).to.contain('Your result');
    expect(deepText(element)).to.contain('Level: Beginner');
    await expect(element).to.be.accessible();
  });

  it('names the area, question and field of a mistake in a custom set, in the visitor’s language', async () => {
    const element = await fixture<DvSelfCheck>(html`<dv-self-check lang="en" src="/assets/self-check-invalid-set.json"></dv-self-check>`);
    await settled(element, 'error');
    expect(part(element, '[role="alert"]').textContent).to.contain('part 2, question 1, field "text"');
  });

  it('links advice to the course finder on this page, on the area’s topic', async () => {
    const wrapper = await fixture(html`<div><dv-course-finder></dv-course-finder><dv-self-check areas="safety"></dv-self-check></div>`);
    const element = wrapper.querySelector('dv-self-check') as DvSelfCheck;
    await settled(element, 'ready');
    element.answers = Object.fromEntries(
      digiq.areas.find((area) => area.id === 'safety')!.questions.map((question) => [question.id, 'cannot']),
    );
    await waitForResult(element);
    const hrefs = [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.include('#dv-course-finder?topics=safety');
  });
});
