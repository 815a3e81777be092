import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { fetchJson, type QuestionSet } from '@digivaardig/core';
import { questionSetUrls } from '@digivaardig/data/question-sets';
import '@digivaardig/self-check';
import '../index.js';
import type { DvCourseFinder } from './dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * Issue #12, "Self-check → course finder", end to end: a real self-check's result and a
 * course finder on one page (as in the story "A visitor's morning"), the visitor's place
 * and distance already in the finder, and the visitor following the advice links.
 *
 * The self-check links every area it advises a course for to its topic; it cannot know
 * which topics the finder's feed has (the finder may be on another page, its feed loads
 * later and changes week by week). The finder decides (docs/design.md, "From the
 * self-check"): a topic its feed has shows as a chip, one it lacks is dropped, and the
 * visitor sees the courses near them; the place and distance stay either way.
 */

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('[role="status"]'));
const summary = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('summary'));
const chips = (finder: DvCourseFinder) => [...finder.shadowRoot!.querySelectorAll('button.chip')].map((chip) => chip.getAttribute('aria-label'));

afterEach(() => location.hash && history.replaceState(null, '', location.pathname + location.search));

describe('From the self-check’s advice to the course finder on the same page', () => {
  it('keeps the place and distance; a topic the feed has becomes a chip, one it lacks shows the courses near you', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <dv-course-finder today=${SAMPLE_REFERENCE_DATE} postcode="2311 EZ" max-distance="25"></dv-course-finder>
      <dv-self-check></dv-self-check>
    </div>`);
    const finder = page.querySelector('dv-course-finder') as DvCourseFinder;
    const check = page.querySelector('dv-self-check') as HTMLElement & { answers: Record<string, string> };
    await settled(finder, 'ready');
    await settled(check, 'ready');
    await waitUntil(() => finder.shadowRoot!.querySelector('.distance'), 'distances after the place lookup');
    const near = status(finder);
    expect(near).to.match(/^\d+ cursus(sen)? gevonden, dichtstbij eerst\.$/);

    // New to staying safe online (the sample feed has courses on it) and to staying healthy
    // online (it has none); the top answer everywhere else.
    const digiq = (await fetchJson(questionSetUrls.digiq)) as QuestionSet;
    const top = digiq.scale.filter((option) => option.value !== null).sort((a, b) => b.value! - a.value!)[0]!.id;
    const weak: Record<string, string> = { safety: 'cannot', health: 'cannot' };
    check.answers = Object.fromEntries(digiq.areas.flatMap((area) => area.questions.map((question) => [question.id, weak[area.id] ?? top])));
    const nextStep = (topic: string) => check.shadowRoot!.querySelector<HTMLAnchorElement>(`[part="next-step"][href="#dv-course-finder?topics=${topic}"]`);
    await waitUntil(() => nextStep('safety') && nextStep('health'), 'the result names a course nearby as the next step of both areas', { timeout: 5000 });

    // A topic the feed lacks: the courses near the visitor, not "Geen cursussen gevonden.".
    nextStep('health')!.click();
    await waitUntil(() => location.hash.includes('topics=health'), 'followed the link');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await finder.updateComplete;
    expect(status(finder)).to.equal(near);
    expect(summary(finder)).to.equal('Filters');
    expect(chips(finder)).to.deep.equal([]);
    await waitUntil(() => finder.shadowRoot!.querySelector('[part="topic-note"]'), 'a note says the topic has no courses');
    expect(finder.shadowRoot!.querySelector('[part="topic-note"]')!.textContent).to.contain('Gezond online');
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!.value).to.equal('2311 EZ');
    expect(finder.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value).to.equal('25');
    expect(finder.shadowRoot!.querySelectorAll('[part="course"]').length).to.be.greaterThan(0);

    // A topic the feed has: its chip, still near the visitor.
    nextStep('safety')!.click();
    await waitUntil(() => summary(finder) === 'Filters (1)', summary(finder));
    await waitUntil(() => chips(finder).length === 1, 'the chip');
    expect(finder.shadowRoot!.querySelector('[part="topic-note"]')).to.equal(null);
    expect(chips(finder)[0]).to.match(/, filter weghalen$/);
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!.value).to.equal('2311 EZ');
    expect(finder.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value).to.equal('25');
    expect(status(finder)).to.match(/^\d+ cursus(sen)? gevonden, dichtstbij eerst\.$/);
    expect(status(finder)).not.to.equal(near);
    await expect(page).to.be.accessible();
  });
});
