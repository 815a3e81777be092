import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { fetchJson, type QuestionSet } from '@digivaardig/core';
import { questionSetUrls } from '@digivaardig/data/question-sets';
import '@digivaardig/self-check';
import '../index.js';
import type { DvCourseFinder } from './dv-course-finder.js';
import { SAMPLE_REFERENCE_DATE } from '../examples.js';
import { deepActiveElement, phaseOf, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

const today = SAMPLE_REFERENCE_DATE;


/** Presses Tab (only the keyboard) until the focused element matches. */
async function tabTo(match: (element: Element) => boolean, what: string): Promise<Element> {
  for (let i = 0; i < 120; i++) {
    const element = deepActiveElement();
    if (element && match(element)) return element;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('[role="status"]'));
const titles = (finder: DvCourseFinder) => [...finder.shadowRoot!.querySelectorAll('[part="course-title"]')].map(text);

async function mount(template: ReturnType<typeof html>): Promise<DvCourseFinder> {
  const finder = (await fixture<HTMLElement>(template)) as DvCourseFinder;
  // A finder far below the fold waits for the visitor to come near (it loads its courses
  // then): fixtures of one test stack up, so each is brought on screen.
  finder.scrollIntoView();
  await settled(finder, 'ready');
  return finder;
}

// Only when there is a hash to clear: WebKit refuses more than 100 replaceState calls in 30 s.
afterEach(() => location.hash && history.replaceState(null, '', location.pathname + location.search));

describe('<dv-course-finder> with the keyboard', () => {
  it('searches, filters, opens a course and downloads its .ics, announcing counts', async () => {
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
    await waitUntil(() => finder.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');

    // Search: type into the search field, the count follows once the typing pauses.
    await tabTo((el) => el.id === 'q', 'the search field');
    await sendKeys({ type: 'Digisterker' });
    await waitUntil(() => status(finder) === '15 cursussen gevonden, eerstvolgende eerst.', status(finder), { timeout: 3000 });
    expect(titles(finder).every((title) => title.includes('Digisterker'))).to.equal(true);
    await expect(finder).to.be.accessible();

    // Filter: open the filters and tick "woensdag" with the space bar.
    await tabTo((el) => el.localName === 'summary', 'the filters');
    await sendKeys({ press: 'Enter' });
    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.value === 'we', 'Wednesday');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => /^\d+ cursussen gevonden/.test(status(finder)) && !status(finder).startsWith('15 '), 'count after filter');
    const wednesdays = Number(status(finder).split(' ')[0]);
    expect(wednesdays).to.be.within(1, 14);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (1)');
    for (const next of finder.shadowRoot!.querySelectorAll('.card > .facts > div:first-child dd')) expect(text(next)).to.match(/^wo /);
    await expect(finder).to.be.accessible();

    // Open a course: the details show every session, and dv-course-select names the course.
    const toggle = await tabTo((el) => el.getAttribute('part') === 'details-button', 'the first course’s details button');
    const selected = oneEvent(finder, 'dv-course-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = await selected;
    expect(detail.course.programme).to.equal('digisterker');
    await finder.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(finder.shadowRoot!.querySelector('[part="course-details"]:not([hidden])'))).to.contain('Alle keren (4)');
    await expect(finder).to.be.accessible();

    // Download the .ics: a Blob behind a temporary <a download>, clicked once.
    const blobs: Blob[] = [];
    const clicks: { download: string; href: string; connected: boolean }[] = [];
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return realCreate.call(URL, blob);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ download: this.download, href: this.href, connected: this.isConnected });
    };
    try {
      // Shift+Tab back from the details button to "Zet in je agenda".
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement()?.getAttribute('part')).to.equal('calendar-button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => clicks.length > 0, 'the download link clicked');
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(clicks).to.have.length(1);
    expect(clicks[0]!.download).to.equal(`${detail.course.id}.ics`);
    expect(clicks[0]!.href).to.match(/^blob:/);
    expect(clicks[0]!.connected).to.equal(true);
    expect(finder.shadowRoot!.querySelector('a[download]')).to.equal(null); // removed again
    expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await blobs[0]!.text()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).to.have.length(4);
    expect(events[0]!.getFirstPropertyValue('summary')).to.contain('Digisterker: Werken met de e-overheid');
    expect(events[0]!.getFirstProperty('dtstart')!.getParameter('tzid')).to.equal('Europe/Amsterdam');
  });

  it('pages with "Toon meer" and moves focus to the first new course', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} page-size="3"></dv-course-finder>`);
    expect(titles(finder)).to.have.length(3);
    await tabTo((el) => el.getAttribute('part') === 'more', 'Toon meer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(finder).length === 6, 'three more courses');
    const article = deepActiveElement();
    expect(article?.localName).to.equal('article');
    expect(article?.closest('li')).to.equal(finder.shadowRoot!.querySelectorAll('.list > li')[3]);
    // JSON-LD lists what is shown.
    const graph = () => JSON.parse(finder.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}')['@graph'];
    await waitUntil(() => graph()?.length === 6, 'JSON-LD of six courses');
  });

  it('suggests what to loosen when nothing fits, and the suggestion works', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} query="breien"></dv-course-finder>`);
    expect(status(finder)).to.equal('Geen cursussen gevonden.');
    await expect(finder).to.be.accessible();
    await tabTo((el) => text(el) === 'Wis je zoekwoorden', 'the suggestion');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(finder).startsWith('172 '), status(finder));
  });
});

describe('<dv-course-finder> distances', () => {
  it('measures from a typed postcode and sorts nearest first', async () => {
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    await tabTo((el) => el.id === 'where', 'the postcode field');
    await sendKeys({ type: '2311 EZ' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(finder).includes('dichtstbij eerst'), status(finder), { timeout: 4000 });
    const places = [...finder.shadowRoot!.querySelectorAll('.distance')].map(text);
    const km = places.map((place) => Number(place.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(km.length).to.be.greaterThan(2);
    expect([...km].sort((a, b) => a - b)).to.deep.equal(km);
    expect(text(finder.shadowRoot!.querySelector('[part="course-title"]'))).to.not.equal('');
    await expect(finder).to.be.accessible();
  });

  it('says so when a place is unknown, as an alert, and puts the focus back in the field', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} postcode="Xyzzyville"></dv-course-finder>`);
    const problem = () => finder.shadowRoot!.querySelector('.problem');
    await waitUntil(problem, 'the problem said');
    expect(text(problem())).to.equal('We kennen geen plaats die "Xyzzyville" heet. Probeer je postcode.');
    expect(problem()!.getAttribute('role')).to.equal('alert');
    expect(finder.shadowRoot!.querySelector('#where')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(finder).to.be.accessible();
    // The visitor types a postcode that cannot be one and presses Enter: said again, focus in the field.
    await tabTo((el) => el.id === 'where', 'the postcode field');
    const field = deepActiveElement() as HTMLInputElement;
    field.select();
    await sendKeys({ type: '0000' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(problem()).includes('Vul een postcode in zoals 2311 EZ'), text(problem()));
    await finder.updateComplete;
    expect(deepActiveElement()?.id).to.equal('where');
  });

  it('finds the town of a PO-box postcode', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} postcode="1000 AA"></dv-course-finder>`);
    await waitUntil(() => status(finder).includes('dichtstbij eerst'), status(finder), { timeout: 4000 });
    expect(text(finder.shadowRoot!.querySelector('.search + p'))).to.equal('Afstand gemeten vanaf 1000 AA Amsterdam.');
  });
});

describe('<dv-course-finder> place suggestions', () => {
  const problem = (finder: DvCourseFinder) => text(finder.shadowRoot!.querySelector('.problem'));
  const suggestion = (finder: DvCourseFinder) => finder.shadowRoot!.querySelector<HTMLButtonElement>('button.suggestion');
  const distances = (finder: DvCourseFinder) => finder.shadowRoot!.querySelectorAll('.distance').length;

  it('offers "Bedoel je Utrecht?" for a typo, searches it when pressed, and clears the list of a good search after a bad one', async () => {
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    await tabTo((el) => el.id === 'where', 'the postcode field');
    await sendKeys({ type: 'Utreht' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => suggestion(finder), 'a suggestion', { timeout: 4000 });
    // Not silently another place: no distances, and the question.
    expect(problem(finder)).to.equal('We kennen geen plaats die "Utreht" heet.');
    expect(text(suggestion(finder))).to.equal('Bedoel je Utrecht?');
    expect(distances(finder)).to.equal(0);
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
    await expect(finder).to.be.accessible();

    suggestion(finder)!.click();
    await waitUntil(() => status(finder).includes('dichtstbij eerst'), status(finder), { timeout: 4000 });
    expect(text(finder.shadowRoot!.querySelector('.search + p'))).to.equal('Afstand gemeten vanaf Utrecht.');
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!.value).to.equal('Utrecht');
    expect(distances(finder)).to.be.greaterThan(2);

    // Then a place we do not know: the distances from Utrecht go, the message comes.
    const field = finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!;
    field.focus();
    field.select();
    await sendKeys({ type: 'Xyzzyville' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => problem(finder).includes('Xyzzyville'), problem(finder), { timeout: 4000 });
    expect(distances(finder)).to.equal(0);
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
    expect(text(finder.shadowRoot!.querySelector('.search + *'))).to.not.contain('Utrecht');
  });

  it('does not take the attribute postcode="abc" as Abcoude: it warns once and offers it', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const finder = await mount(html`<dv-course-finder today=${today} postcode="abc"></dv-course-finder>`);
      await waitUntil(() => suggestion(finder), 'a suggestion', { timeout: 4000 });
      expect(problem(finder)).to.equal('We kennen geen plaats die "abc" heet.');
      expect(text(suggestion(finder))).to.equal('Bedoel je Abcoude?');
      expect(distances(finder)).to.equal(0);
      finder.requestUpdate();
      await finder.updateComplete;
      expect(warnings.filter((w) => w.includes('postcode="abc"'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<dv-course-finder> and the self-check', () => {
  /** A page with a real <dv-self-check> (the given set) and a following finder, both settled. */
  async function withSelfCheck(src = '') {
    const page = await fixture<HTMLDivElement>(html`<div>
      <dv-self-check src=${src}></dv-self-check>
      <dv-course-finder today=${today} follow-self-check></dv-course-finder>
    </div>`);
    const check = page.querySelector('dv-self-check') as HTMLElement & { answers: Record<string, string> };
    const finder = page.querySelector('dv-course-finder') as DvCourseFinder;
    await settled(check, 'ready');
    await settled(finder, 'ready');
    return { check, finder };
  }

  /** Answers every statement of a set: `answerFor(areaId)`, the top answer elsewhere. */
  function answersFor(set: QuestionSet, answerFor: Record<string, string>): Record<string, string> {
    const top = set.scale.filter((option) => option.value !== null).sort((a, b) => b.value! - a.value!)[0]!.id;
    return Object.fromEntries(set.areas.flatMap((area) => area.questions.map((question) => [question.id, answerFor[area.id] ?? top])));
  }

  /** Completes the check through its public `answers` property and waits for its event. */
  async function complete(check: HTMLElement & { answers: Record<string, string> }, answers: Record<string, string>) {
    const done = oneEvent(document, 'dv-self-check-complete');
    check.answers = answers;
    return (await done).detail as { weakest: string[]; areas: { id: string; topic?: string }[] };
  }

  const checkedTopics = (finder: DvCourseFinder) =>
    [...finder.shadowRoot!.querySelectorAll<HTMLInputElement>('fieldset:first-of-type input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.value);

  it('follow-self-check selects exactly the topics of the weakest areas of a real <dv-self-check>', async () => {
    const { check, finder } = await withSelfCheck();
    const digiq = (await fetchJson(questionSetUrls.digiq)) as QuestionSet;
    // Weak at safety and searching, halfway with AI ("Basis"), the top answer everywhere else.
    const detail = await complete(check, answersFor(digiq, { safety: 'cannot', 'strategic-information': 'with-help', ai: 'on-my-own' }));
    expect(detail.weakest).to.deep.equal(['safety', 'strategic-information', 'ai']);
    await waitUntil(() => text(finder.shadowRoot!.querySelector('summary')) === 'Filters (3)', text(finder.shadowRoot!.querySelector('summary')));
    finder.shadowRoot!.querySelector('summary')!.click();
    await waitUntil(() => checkedTopics(finder).length > 0, 'the filters opened');
    expect(checkedTopics(finder)).to.deep.equal(['information-search', 'safety', 'ai']);
    expect(status(finder)).to.match(/^\d+ cursussen gevonden/);
    await expect(finder).to.be.accessible();
  });

  it('selects nothing for a visitor at the top level everywhere', async () => {
    const { check, finder } = await withSelfCheck();
    const digiq = (await fetchJson(questionSetUrls.digiq)) as QuestionSet;
    const detail = await complete(check, answersFor(digiq, {}));
    expect(detail.weakest).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await finder.updateComplete;
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters');
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
  });

  it('uses the topic each area of a library’s own set carries', async () => {
    const { check, finder } = await withSelfCheck('/assets/self-check-library-set.json');
    const set = (await fetchJson('/assets/self-check-library-set.json')) as QuestionSet;
    // Weak at e-mail, independent with DigiD: only e-mail's topic (communication).
    const detail = await complete(check, answersFor(set, { 'e-mail': 'cannot' }));
    expect(detail.areas.find((area) => area.id === 'e-mail')?.topic).to.equal('communication');
    await waitUntil(() => text(finder.shadowRoot!.querySelector('summary')) === 'Filters (1)', text(finder.shadowRoot!.querySelector('summary')));
    finder.shadowRoot!.querySelector('summary')!.click();
    await waitUntil(() => checkedTopics(finder).length > 0, 'the filters opened');
    expect(checkedTopics(finder)).to.deep.equal(['communication']);
  });

  it('without follow-self-check, ignores the event', async () => {
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    document.dispatchEvent(new CustomEvent('dv-self-check-complete', { detail: { framework: 'digiq', areas: [], weakest: ['safety'] } }));
    await finder.updateComplete;
    expect(status(finder)).to.equal('172 cursussen gevonden, eerstvolgende eerst.');
  });

  it('opens on the topic of a deep link (#dv-course-finder?topics=…) and follows later links', async () => {
    history.replaceState(null, '', '#dv-course-finder?topics=ai&free=1');
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (2)');
    const count = Number(status(finder).split(' ')[0]);
    location.hash = '#dv-course-finder?topics=safety';
    await waitUntil(() => text(finder.shadowRoot!.querySelector('summary')) === 'Filters (1)', 'hashchange applied');
    await finder.updateComplete;
    expect(Number(status(finder).split(' ')[0])).to.not.equal(count);
    expect(deepActiveElement()).to.equal(finder.shadowRoot!.querySelector('[role="status"]'));
  });

  it('an advice link keeps the visitor’s place and distance, and shows its topic as a chip', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} postcode="2311 EZ" max-distance="25"></dv-course-finder>`);
    await waitUntil(() => finder.shadowRoot!.querySelector('.distance'), 'distances after the place lookup');
    location.hash = '#dv-course-finder?topics=e-government';
    await waitUntil(() => text(finder.shadowRoot!.querySelector('summary')) === 'Filters (1)', 'hashchange applied');
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#where')!.value).to.equal('2311 EZ');
    expect(finder.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value).to.equal('25');
    expect(status(finder)).to.match(/^\d+ cursus(sen)? gevonden, dichtstbij eerst\.$/);
    const chip = await waitUntil(() => finder.shadowRoot!.querySelector<HTMLButtonElement>('button.chip'), 'the chip').then(() => finder.shadowRoot!.querySelector<HTMLButtonElement>('button.chip')!);
    expect(chip.getAttribute('aria-label')).to.equal('Zaken regelen met de overheid, filter weghalen');
    await expect(finder).to.be.accessible();
    chip.click();
    await finder.updateComplete;
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters');
    expect(finder.shadowRoot!.querySelector('button.chip')).to.equal(null);
  });

  it('a link to a topic the feed has no course for shows the courses near you, not nothing', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} postcode="2311 EZ" max-distance="25"></dv-course-finder>`);
    await waitUntil(() => finder.shadowRoot!.querySelector('.distance'), 'distances after the place lookup');
    const near = status(finder);
    location.hash = '#dv-course-finder?topics=health';
    await waitUntil(() => location.hash.includes('health') && finder.shadowRoot!.querySelector('[part="course"]'), 'followed');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await finder.updateComplete;
    expect(status(finder)).to.equal(near);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters');
    // Said why, calmly (not in the error colour), above the list.
    await waitUntil(() => finder.shadowRoot!.querySelector('[part="topic-note"]'), 'the note about the topic');
    const note = finder.shadowRoot!.querySelector<HTMLElement>('[part="topic-note"]')!;
    expect(text(note)).to.equal('Over Gezond online zijn er nu geen cursussen. Hieronder zie je andere cursussen.');
    expect(note.classList.contains('error')).to.equal(false);
    // The visitor's next choice takes the note away.
    finder.shadowRoot!.querySelector<HTMLSelectElement>('select')!.value = '10';
    finder.shadowRoot!.querySelector<HTMLSelectElement>('select')!.dispatchEvent(new Event('change', { bubbles: true }));
    await finder.updateComplete;
    expect(finder.shadowRoot!.querySelector('[part="topic-note"]')).to.equal(null);
  });

  it('with an id of its own, still follows the self-check’s #dv-course-finder links', async () => {
    history.replaceState(null, '', '#dv-course-finder?topics=ai');
    const finder = await mount(html`<dv-course-finder id="cursussen" today=${today}></dv-course-finder>`);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (1)');
  });

  it('sync-url writes the visitor’s filters into the address, under the attributes’ names', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} sync-url></dv-course-finder>`);
    expect(location.hash).to.equal('');
    await tabTo((el) => el.localName === 'summary', 'the filters');
    await sendKeys({ press: 'Enter' });
    await tabTo((el) => el instanceof HTMLInputElement && el.value === 'ai', 'the AI topic');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => location.hash === '#dv-course-finder?topics=ai', location.hash);
    await tabTo((el) => el instanceof HTMLInputElement && el.value === 'walk-in', 'the walk-in kind');
    await sendKeys({ press: 'Space' });
    const distance = finder.shadowRoot!.querySelector<HTMLSelectElement>('#distance')!;
    distance.value = '25';
    distance.dispatchEvent(new Event('change'));
    await waitUntil(() => location.hash === '#dv-course-finder?topics=ai&formats=walk-in&max-distance=25', location.hash);
  });

  it('sync-url writes the address once the visitor pauses, not once a key (Safari refuses more than 100 writes in 30 s)', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} sync-url></dv-course-finder>`);
    const field = finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    const original = history.replaceState;
    let writes = 0;
    history.replaceState = function (...args: Parameters<History['replaceState']>) {
      writes += 1;
      return original.apply(this, args);
    };
    try {
      for (const word of Array.from({ length: 150 }, (_, i) => 'tablet'.repeat(1 + (i % 3)))) {
        field.value = word;
        field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
      await waitUntil(() => location.hash.includes('query='), 'no address after the pause');
    } finally {
      history.replaceState = original;
    }
    expect(location.hash).to.equal(`#dv-course-finder?query=${'tablet'.repeat(3)}`);
    expect(writes).to.equal(1);
  });

  it('follows a link made before 1.0 (q, format, distance), as links already shared do', async () => {
    history.replaceState(null, '', '#dv-course-finder?q=tablet&format=walk-in&distance=10');
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    expect(finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!.value).to.equal('tablet');
    expect(finder.shadowRoot!.querySelector<HTMLSelectElement>('#distance')!.value).to.equal('10');
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (1)');
  });
});

describe('<dv-course-finder> presentation and data inputs', () => {
  it('re-renders page size, filters, heading level and theme from the courses it has: no loading, no second dv-ready; today loads again', async () => {
    const finder = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    const phases: (string | undefined)[] = [];
    const ready: unknown[] = [];
    finder.addEventListener('dv-ready', (event) => ready.push(event.detail));
    const observer = new MutationObserver(() => phases.push(phaseOf(finder)));
    observer.observe(finder.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    finder.setAttribute('page-size', '3');
    await finder.updateComplete;
    expect(titles(finder)).to.have.length(3);
    // A filter attribute set after the start is a new starting point, searched in the courses it has.
    finder.setAttribute('topics', 'ai');
    finder.setAttribute('formats', 'group');
    await waitUntil(() => text(finder.shadowRoot!.querySelector('summary')) === 'Filters (2)', text(finder.shadowRoot!.querySelector('summary')));
    expect(titles(finder)).to.have.length(3);
    expect(Number(status(finder).split(' ')[0])).to.be.within(1, 151);
    finder.setAttribute('heading-level', '3');
    finder.setAttribute('theme', 'dark');
    finder.setAttribute('query', 'AI');
    await waitUntil(() => finder.shadowRoot!.querySelector<HTMLInputElement>('#q')!.value === 'AI', 'the new query');
    expect(finder.shadowRoot!.querySelector('h3[part="heading"]')).to.not.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(phases.filter((phase) => phase !== 'ready')).to.deep.equal([]);
    expect(ready).to.deep.equal([]);
    // `today` moves the sample courses: the data loads again, and says so once.
    finder.setAttribute('today', '2025-02-03');
    await waitUntil(() => ready.length === 1, 'dv-ready after a new today');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(phases).to.include('loading');
    expect(ready).to.have.length(1);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (2)');
  });
});

describe('<dv-course-finder> options', () => {
  it('speaks English', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} lang="en" topics="ai"></dv-course-finder>`);
    await waitUntil(() => /courses found, soonest first\.$/.test(status(finder)), status(finder));
    expect(text(finder.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Digital skills courses');
    expect(titles(finder)).to.include('Getting started with AI');
    expect(text(finder.shadowRoot!.querySelector('.facts dd'))).to.match(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ Jan, \d\d:\d\d–\d\d:\d\d/);
    await expect(finder).to.be.accessible();
  });

  it('jsonld is on by default and off with none; false/off also switch it off, with a warning that names none; removing the element removes it', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      for (const value of ['none', 'false', 'off']) {
        const off = await mount(html`<dv-course-finder today=${today} jsonld=${value}></dv-course-finder>`);
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(off.querySelector('script'), value).to.equal(null);
      }
      const odd = await mount(html`<dv-course-finder today=${today} jsonld="maybe"></dv-course-finder>`);
      await waitUntil(() => odd.querySelector('script[type="application/ld+json"]'), 'JSON-LD written despite the odd value');
    } finally {
      console.warn = realWarn;
    }
    expect(warnings.filter((w) => w.includes('jsonld='))).to.deep.equal([
      '<dv-course-finder>: jsonld="false" is not a valid value; using "none" instead.',
      '<dv-course-finder>: jsonld="off" is not a valid value; using "none" instead.',
      '<dv-course-finder>: jsonld="maybe" is not a valid value; using "on" instead.',
    ]);
    const on = await mount(html`<dv-course-finder today=${today}></dv-course-finder>`);
    await waitUntil(() => on.querySelector('script[type="application/ld+json"]'), 'JSON-LD written');
    const script = on.querySelector('script[type="application/ld+json"]')!;
    const graph = JSON.parse(script.textContent!)['@graph'];
    expect(graph).to.have.length(10);
    expect(graph[0].about.every((label: string) => /^[A-Z]/.test(label))).to.equal(true); // labels, not ids
    // Moved in the page (a CMS tab), it goes and comes back with the finder.
    const elsewhere = document.createElement('div');
    on.after(elsewhere);
    elsewhere.append(on);
    await waitUntil(() => script.isConnected && script.parentNode === on, 'JSON-LD back after a move');
    on.setAttribute('jsonld', 'none');
    await waitUntil(() => !script.isConnected, 'JSON-LD gone with jsonld="none"');
    on.removeAttribute('jsonld');
    await waitUntil(() => script.isConnected, 'JSON-LD back');
    on.remove();
    expect(script.isConnected).to.equal(false);
    elsewhere.remove();
  });

  it('preselects programmes and formats (lists, so plural names)', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} programmes="digisterker" formats="group,individual"></dv-course-finder>`);
    expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (3)');
    const cards = [...finder.shadowRoot!.querySelectorAll('[part="course-labels"]')].map((labels) => [...labels.querySelectorAll('.label')].map(text));
    expect(cards.length).to.be.greaterThan(0);
    for (const [programme, kind] of cards) {
      expect(programme).to.equal('Digisterker');
      expect(['Cursus in een groep', 'Persoonlijke hulp']).to.include(kind);
    }
  });

  it('gives every sample course a way to sign up or ask', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} page-size="100"></dv-course-finder>`);
    const cards = [...finder.shadowRoot!.querySelectorAll('.card')];
    expect(cards.length).to.be.greaterThan(60);
    for (const card of cards) {
      const full = text(card.querySelector('.full')) === 'vol';
      const way = card.querySelector('a[part="signup"]') || text(card.querySelector('.note')).includes('bibliotheek');
      if (!full) expect(Boolean(way), text(card.querySelector('[part="course-title"]'))).to.equal(true);
    }
    const link = finder.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="signup"]')!;
    expect(['https://oefenen.nl/', 'https://www.digisterker.nl/']).to.include(link.getAttribute('href'));
  });

  it('warns once about bad attributes and falls back', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const finder = await mount(html`<dv-course-finder today=${today} page-size="lots" topics="safety,knitting" formats="cooking"></dv-course-finder>`);
      expect(titles(finder)).to.have.length(10);
      expect(text(finder.shadowRoot!.querySelector('summary'))).to.equal('Filters (1)');
    } finally {
      console.warn = realWarn;
    }
    expect(warnings.filter((w) => w.includes('page-size="lots"'))).to.have.length(1);
    expect(warnings.some((w) => w.includes('topics="safety,knitting"'))).to.equal(true);
    expect(warnings.some((w) => w.includes('formats="cooking"'))).to.equal(true);
  });

  it('reads a Dutch Excel CSV and places its rows by postcode', async () => {
    const finder = await mount(html`<dv-course-finder today=${today} src="/assets/courses-sample.csv" postcode="2311"></dv-course-finder>`);
    expect(titles(finder)[0]).to.equal('Klik & Tik inloop');
    expect(text(finder.shadowRoot!.querySelector('.distance'))).to.match(/van je af/);
    expect(finder.shadowRoot!.querySelector('[part="demo-note"]')).to.equal(null);
    const call = finder.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:0710000000');
  });
});
