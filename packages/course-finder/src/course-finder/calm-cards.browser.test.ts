import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { DvCourseFinder } from './dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * Issue #12, the course finder's "Asks" a test can see in the sample data (docs/design.md,
 * "Course finder"): one main action per card, full courses after the others and calmly
 * marked with their next date, and a short list of topics at first.
 */

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function mount(template: ReturnType<typeof html>): Promise<DvCourseFinder> {
  const finder = (await fixture<HTMLElement>(template)) as DvCourseFinder;
  await settled(finder, 'ready');
  return finder;
}

/** A colour as the browser computes it, from a theme token of the finder. */
function tokenColour(finder: HTMLElement, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  finder.shadowRoot!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

describe('<dv-course-finder>: calm cards (issue #12)', () => {
  it('has one main action per card, drawn as a button; its other ways on look like links', async () => {
    const finder = await mount(html`<dv-course-finder today=${SAMPLE_REFERENCE_DATE} page-size="20"></dv-course-finder>`);
    const cards = [...finder.shadowRoot!.querySelectorAll('[part="course"]')];
    expect(cards).to.have.length(20);
    let withAction = 0;
    for (const card of cards) {
      const title = text(card.querySelector('[part="course-title"]'));
      const actions = card.querySelectorAll('.action');
      expect(actions.length, `main actions of "${title}"`).to.be.at.most(1);
      if (actions[0]) {
        withAction += 1;
        const style = getComputedStyle(actions[0]);
        expect(style.backgroundColor, `"${title}": the main action is filled`).not.to.equal('rgba(0, 0, 0, 0)');
        expect(parseFloat(style.borderTopWidth), `"${title}": the main action has a border`).to.be.at.least(2);
      }
      for (const other of card.querySelectorAll('.link-button, .plain-link')) {
        const style = getComputedStyle(other);
        expect([style.backgroundColor, style.borderTopWidth, style.textDecorationLine], `"${text(other)}" in "${title}" looks like a link`).to.deep.equal(['rgba(0, 0, 0, 0)', '0px', 'underline']);
      }
    }
    // Walk-ins need no sign-up, and a full course has none: those may have no main action.
    expect(withAction, 'cards with a main action').to.be.greaterThan(0);
  });

  it('lists full courses after those with places, marked "vol" in a calm colour, with their next date', async () => {
    const finder = await mount(html`<dv-course-finder today=${SAMPLE_REFERENCE_DATE} query="whatsapp" page-size="100"></dv-course-finder>`);
    const cards = [...finder.shadowRoot!.querySelectorAll('[part="course"]')];
    const full = cards.map((card) => Boolean(card.querySelector('.full')));
    expect(full.filter(Boolean).length, 'full WhatsApp courses in the sample').to.be.greaterThan(0);
    expect(full.indexOf(true), 'the first full course comes after every course with places').to.equal(full.lastIndexOf(false) + 1);
    const danger = tokenColour(finder, '--_danger');
    const muted = tokenColour(finder, '--_muted');
    for (const card of cards.filter((_, index) => full[index])) {
      const mark = card.querySelector('.full')!;
      expect(text(mark)).to.equal('vol');
      expect(getComputedStyle(mark).color, 'the calm muted colour').to.equal(muted);
      expect(getComputedStyle(mark).color, 'not the error colour').not.to.equal(danger);
      // Its next date is still there: the first fact of the card.
      expect(text(card.querySelector('.facts dd')), text(card.querySelector('[part="course-title"]'))).to.match(/\d/);
    }
  });

  it('shows at most eight topics at first, the rest behind "Meer onderwerpen"', async () => {
    const finder = await mount(html`<dv-course-finder today=${SAMPLE_REFERENCE_DATE}></dv-course-finder>`);
    finder.shadowRoot!.querySelector('summary')!.click();
    const topics = await waitUntil(() => finder.shadowRoot!.querySelector('fieldset[part="filter-group"]'), 'the filters opened').then(
      () => finder.shadowRoot!.querySelector('fieldset[part="filter-group"]')!,
    );
    expect(text(topics.querySelector('legend'))).to.equal('Onderwerp');
    const more = topics.querySelector<HTMLDetailsElement>('details.more-topics')!;
    expect(text(more.querySelector('summary'))).to.equal('Meer onderwerpen');
    expect(more.open).to.equal(false);
    const atFirst = [...topics.querySelectorAll('label.check')].filter((label) => label.getClientRects().length > 0);
    expect(atFirst.length, 'topics at first').to.be.within(1, 8);
    expect(more.querySelectorAll('label.check').length, 'topics behind "Meer onderwerpen"').to.be.greaterThan(0);
  });
});
