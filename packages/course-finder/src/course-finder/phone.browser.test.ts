import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../index.js';
// The "Following a self-check" example has a real self-check on its page.
import '@digivaardig/self-check';
import type { DvCourseFinder } from './dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { deepActiveElement, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';
import { PHONE, twoFrames as frame, Visitor } from '../../../../test/support/phone.js';

/*
 * The course finder as a visitor with few digital skills meets it on a phone (375 × 667,
 * the test page's default 8 px margins): the taps of a course search from the start, what
 * is on screen when the results come (docs/design.md).
 */

/** Taps of a search from the start: the place field, then "Zoeken" (typing the place is not a tap). */
const TAPS_TO_RESULTS = 2;
/** The scrolls a visitor needs on the way. */
const SCROLLS_TO_RESULTS = 0;

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<dv-course-finder> on a 375 × 667 phone', () => {
  beforeEach(async () => {
    await setViewport(PHONE);
  });
  afterEach(() => {
    scrollTo(0, 0);
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it(`searches for courses near a place in ${TAPS_TO_RESULTS} taps, and shows the first course on the screen`, async () => {
    const finder = document.createElement('dv-course-finder') as DvCourseFinder;
    finder.setAttribute('today', SAMPLE_REFERENCE_DATE);
    document.body.append(finder);
    try {
      await settled(finder, 'ready');
      await frame(finder);
      expect(innerWidth).to.equal(375);
      const visitor = new Visitor();
      await visitor.tap(finder.shadowRoot!.querySelector('#where')!);
      expect(deepActiveElement()?.id).to.equal('where');
      await sendKeys({ type: 'Leiden' });
      await visitor.tap(finder.shadowRoot!.querySelector('button[type="submit"]')!);
      await waitUntil(() => text(finder.shadowRoot!.querySelector('.count')).includes('dichtstbij eerst'), 'the search did not finish', { timeout: 5000 });
      await waitUntil(() => deepActiveElement()?.classList.contains('count'), 'the count is not focused');
      await frame(finder);

      expect(visitor.taps, 'taps from the start to the results (docs/design.md)').to.equal(TAPS_TO_RESULTS);
      expect(visitor.scrolls, 'scrolls on the way').to.equal(SCROLLS_TO_RESULTS);
      // The first course, its title and its next date, are on the screen when the results come.
      const first = finder.shadowRoot!.querySelector<HTMLElement>('[part="course"]')!;
      const title = first.querySelector('[part="course-title"]')!.getBoundingClientRect();
      expect(first.getBoundingClientRect().top, 'the first course starts on the screen').to.be.within(0, innerHeight - 1);
      expect(title.bottom, 'its title is on the screen too').to.be.at.most(innerHeight);
      expect(text(first), 'nearest first, from Leiden').to.contain('km van je af');
    } finally {
      finder.remove();
    }
  });

  // Every control at least 24 × 24 px, in every example: the shared check in test/support/targets.ts
  // (examples.browser.test.ts).
});
