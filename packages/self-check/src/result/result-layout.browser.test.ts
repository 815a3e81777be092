import { expect } from '@open-wc/testing';
import '../index.js';
import { selfCheckExamples } from '../examples.js';
import { mountSelfCheck } from '../test/mount.js';
import { settled } from '../../../../test/support/examples.js';
import { LEARN_FIRST } from './plan.js';
import '../../../../test/support/locale-guard.js';

/*
 * Issue #12, the self-check's result screen (docs/design.md, "Self-check"): an overview of
 * all areas near the top, then the (up to) three areas to learn most, each with its advice
 * and one clear next step, then the other areas compact: name and level, the advice behind
 * a disclosure. (The order of the parts and what is on a phone's screen: phone.browser.test.ts.)
 */

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const before = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('<dv-self-check> result: what to learn first, the rest compact (issue #12)', () => {
  it('shows an overview of every area, the areas to learn most with one next step each, the others as closed disclosures', async () => {
    const example = selfCheckExamples.find((candidate) => candidate.name === 'Result with course finder')!;
    const element = await mountSelfCheck(example);
    await settled(element, 'ready');
    const root = element.shadowRoot!;
    const overview = [...root.querySelectorAll('[part="bars"] > li')];
    const learn = [...root.querySelectorAll('[part="learn"] > [part="area"]')];
    const others = [...root.querySelectorAll<HTMLDetailsElement>('[part="others"] details[part="other-area"]')];
    // DigIQ's nine areas: all in the overview, each either to learn first or among the others.
    expect(overview).to.have.length(9);
    expect(learn).to.have.length(LEARN_FIRST);
    expect(others).to.have.length(9 - LEARN_FIRST);
    expect(before(root.querySelector('[part="bars"]')!, root.querySelector('[part="learn"]')!), 'the overview comes first').to.equal(true);
    expect(before(root.querySelector('[part="learn"]')!, root.querySelector('[part="others"]')!), 'then the areas to learn most').to.equal(true);

    for (const area of learn) {
      const name = text(area.querySelector('[part="area-heading"]'));
      expect(text(area.querySelector('.level')), `${name}: its level`).not.to.equal('');
      expect(text(area.querySelector('.advice')), `${name}: its advice`).not.to.equal('');
      const steps = area.querySelectorAll<HTMLAnchorElement>('[part="next-step"]');
      expect(steps, `${name}: one next step`).to.have.length(1);
      // With a course finder to go to, the next step is a course nearby.
      expect(steps[0]!.href, name).to.match(/^https:\/\/www\.example\.org\/cursussen#dv-course-finder\?topics=/);
      // Further help waits behind "Meer hulp", closed.
      for (const more of area.querySelectorAll('details')) expect(more.open, `${name}: "Meer hulp" closed`).to.equal(false);
    }
    for (const other of others) {
      const summary = other.querySelector('summary')!;
      expect(other.open).to.equal(false);
      expect(text(summary.querySelector('.other-name')), 'the name in the summary').not.to.equal('');
      expect(text(summary.querySelector('.other-level')), 'the level in the summary').not.to.equal('');
      expect(summary.querySelector('.advice'), 'no advice in the summary').to.equal(null);
      expect(other.querySelector('.other-body'), 'the level line, advice and links behind the disclosure').not.to.equal(null);
    }
    // An area without a level has no advice; the others have theirs behind the disclosure.
    expect(others.filter((other) => other.querySelector('.other-body .advice')).length, 'advice behind the disclosures').to.be.greaterThan(0);
  });
});
