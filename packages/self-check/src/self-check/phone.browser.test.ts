import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import '../index.js';
import type { DvSelfCheck } from './dv-self-check.js';
import { selfCheckExamples } from '../examples.js';
import { mountSelfCheck, part } from '../test/mount.js';
import { deepActiveElement, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';
import { FOCUSABLE, PHONE, twoFrames as frame, Visitor } from '../../../../test/support/phone.js';

/*
 * The self-check as a visitor with few digital skills meets it on a phone (375 × 667, the
 * test page's default 8 px margins): the taps from the first statement to the result, what
 * is on screen when the result comes, and the width of the advice (docs/design.md).
 */

/** Taps from the start button to the result: start, then an answer and "Volgende" per statement. */
const TAPS_TO_RESULT = 1 + 2 * 30;
/** The scrolls a visitor needs on the way (a statement's "Volgende" below the screen). */
const SCROLLS_TO_RESULT = 0;


/** A visitor who is new to some areas, on their way in others. */
const ANSWER_OF_AREA: Record<string, string> = {
  'strategic-information': 'on-my-own',
  'critical-information': 'with-help',
  netiquette: 'can-help-others',
  creative: 'cannot',
  safety: 'with-help',
  health: 'on-my-own',
  sustainable: 'cannot',
  'problem-solving': 'on-my-own',
  ai: 'cannot',
};

function name(control: Element): string {
  return `<${control.localName}${control.getAttribute('part') ? ` part="${control.getAttribute('part')}"` : ''}> "${control.textContent?.trim().slice(0, 40) ?? ''}"`;
}

describe('<dv-self-check> on a 375 × 667 phone', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setViewport(PHONE);
  });
  afterEach(() => {
    localStorage.clear();
    scrollTo(0, 0);
  });

  it(`goes from the start to the result in ${TAPS_TO_RESULT} taps, and shows the first area to learn in on the screen`, async () => {
    const element = await fixture<DvSelfCheck>(html`<dv-self-check></dv-self-check>`);
    await settled(element, 'ready');
    const visitor = new Visitor();
    await visitor.tap(part(element, '[part="start"]'));
    for (const area of digiq.areas) {
      for (const question of area.questions) {
        await frame(element);
        expect(part(element, '[part="statement"]').textContent?.trim()).to.equal(question.text.nl);
        const answer = ANSWER_OF_AREA[area.id]!;
        const radio = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((input) => input.value === answer)!;
        // A tap on the answer's words (its label) chooses it.
        await visitor.tap(radio.closest('label')!.querySelector('span')!);
        expect(radio.checked, `${question.id}: the tap chose "${answer}"`).to.equal(true);
        await visitor.tap(part(element, 'button[type="submit"]'));
      }
    }
    await waitUntil(() => element.shadowRoot!.querySelector('[part="learn"]'), 'the result did not show', { timeout: 5000 });
    await frame(element);

    expect(visitor.taps, 'taps from the start to the result (docs/design.md)').to.equal(TAPS_TO_RESULT);
    expect(visitor.scrolls, 'scrolls on the way').to.equal(SCROLLS_TO_RESULT);
    expect(deepActiveElement()?.textContent?.trim()).to.equal('Jouw uitslag');
    // The first area to learn in, its next step included, is on the screen as the result appears.
    const first = part(element, '[part="area"]');
    expect(first.querySelector('[part="area-heading"]')!.textContent).to.contain('Zelf iets digitaals maken');
    const top = first.getBoundingClientRect().top;
    expect(top, 'the first area to learn in starts on the screen').to.be.within(0, innerHeight - 1);
    const level = first.querySelector('.level')!.getBoundingClientRect();
    expect(level.bottom, 'its name and level are on the screen too').to.be.at.most(innerHeight);
    // Nothing but the heading, one sentence and the overview comes before it.
    expect([...part(element, '[part="result"]').children].map((child) => child.getAttribute('part') ?? child.localName).slice(0, 5)).to.deep.equal([
      'heading',
      'p',
      'bars-heading',
      'bars',
      'learn-heading',
    ]);
  });

  it('leaves at least 300 px for the advice, in one level of card (no box with padding inside the check)', async () => {
    const example = selfCheckExamples.find((candidate) => candidate.name === 'Result with course finder')!;
    const element = await mountSelfCheck(example);
    await settled(element, 'ready');
    await frame(element);
    expect(getComputedStyle(document.body).marginLeft, "the page's default margin").to.equal('8px');
    expect(innerWidth).to.equal(375);
    const advice = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.area .advice')];
    expect(advice).to.have.length(3);
    for (const paragraph of advice) expect(paragraph.getBoundingClientRect().width, 'advice width').to.be.at.least(300);
    for (const details of element.shadowRoot!.querySelectorAll('details')) details.open = true;
    await frame(element);
    for (const paragraph of element.shadowRoot!.querySelectorAll<HTMLElement>('.other-body .advice')) {
      expect(paragraph.getBoundingClientRect().width, 'advice width of another area').to.be.at.least(300);
    }
    const boxes = [...part(element, '[part="result"]').querySelectorAll<HTMLElement>('*')].filter((node) => {
      if (node.matches(FOCUSABLE)) return false;
      const style = getComputedStyle(node);
      const padded = parseFloat(style.paddingLeft) > 0 || parseFloat(style.paddingRight) > 0;
      const boxed = parseFloat(style.borderLeftWidth) > 0 || (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent');
      return padded && boxed;
    });
    expect(boxes.map(name), 'boxes with padding inside the check').to.deep.equal([]);
  });

  // Every control at least 24 × 24 px, radio marks too, in every example: the shared check in
  // test/support/targets.ts (examples.browser.test.ts).
});
