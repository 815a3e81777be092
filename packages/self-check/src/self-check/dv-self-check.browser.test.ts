import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { storageKey } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import '../index.js';
import type { DvSelfCheck } from './dv-self-check.js';
import type { SelfCheckCompleteDetail } from '../events.js';
import { part } from '../test/mount.js';
import { deepActiveElement, deepText, phaseOf, settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';
import { emulateMediaFeatures } from '../../../../test/support/media.js';

const SCALE = ['cannot', 'with-help', 'on-my-own', 'can-help-others'];
/** The first area's title, as the radar labels it. */
const localizedTitle = (locale: 'nl' | 'en') => (digiq.areas[0]!.title as { nl: string; en: string })[locale];
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

  it('shows each statement\'s own answer checked when the visitor goes back and forth between answered statements', async () => {
    const element = await mount();
    element.start();
    await frame(element);
    const radios = () => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const next = async () => {
      part(element, 'button[type="submit"]').click();
      await frame(element);
    };
    const back = async () => {
      part(element, '[part="nav"] button.secondary').click();
      await frame(element);
    };
    radios()[2]!.click();
    await next();
    radios()[0]!.click();
    await next();
    radios()[3]!.click();
    await back();
    expect(statement(element)).to.equal(QUESTIONS[1]!.question.text.nl);
    expect(radios().map((radio) => radio.checked)).to.deep.equal([true, false, false, false, false, false]);
    await back();
    expect(statement(element)).to.equal(QUESTIONS[0]!.question.text.nl);
    expect(radios().map((radio) => radio.checked)).to.deep.equal([false, false, true, false, false, false]);
    await next();
    expect(radios().map((radio) => radio.checked)).to.deep.equal([true, false, false, false, false, false]);
    await next();
    expect(radios().map((radio) => radio.checked)).to.deep.equal([false, false, false, true, false, false]);
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

  it('fires dv-self-check-complete with scores, levels, topics and the weakest areas', async () => {
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
        { id: 'netiquette', score: 33, level: 'beginner', topic: 'netiquette' },
        { id: 'safety', score: 100, level: 'gevorderd', topic: 'safety' },
        { id: 'ai', score: null, level: null, topic: 'ai' },
      ],
      // Safety is at the top level already: nothing to learn there.
      weakest: ['netiquette'],
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
    expect(part(second, '[part="start"]').textContent?.trim()).to.equal('Begin');
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
    expect(part(fresh, '[part="start"]').textContent?.trim()).to.equal('Begin');
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
    expect(part(element, '[part="start"]').textContent?.trim()).to.equal('Start');
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

/** Answers every statement of the given areas (all areas by default) with one answer. */
function answerAreas(option: string, areaIds?: string[]): Record<string, string> {
  return Object.fromEntries(
    QUESTIONS.filter(({ area }) => !areaIds || areaIds.includes(area.id)).map(({ question }) => [question.id, option]),
  );
}

/** What a printed page held when the browser was asked to print it. */
interface PrintedPage {
  title: string;
  lang: string;
  text: string;
  headings: string[];
  items: string[];
  sheets: number;
  links: number;
}

/**
 * Catches the pages printed through a frame (printPage) instead of opening the print
 * dialog, which a test cannot close: the frame's window gets a `print` that records its
 * document. Everything before that moment is the real code.
 */
function catchPrints(): { pages: PrintedPage[]; restore: () => void } {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow')!;
  const pages: PrintedPage[] = [];
  Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
    configurable: true,
    get(this: HTMLIFrameElement) {
      const win = descriptor.get!.call(this) as Window | null;
      if (win) {
        win.print = () => {
          const doc = win.document;
          pages.push({
            title: doc.title,
            lang: doc.documentElement.lang,
            text: doc.body.textContent ?? '',
            headings: [...doc.querySelectorAll('h1, h2')].map((heading) => heading.textContent ?? ''),
            items: [...doc.querySelectorAll('li')].map((item) => item.textContent ?? ''),
            sheets: doc.adoptedStyleSheets.length,
            links: doc.querySelectorAll('a, script, style').length,
          });
          win.dispatchEvent(new Event('afterprint'));
        };
      }
      return win;
    },
  });
  return { pages, restore: () => Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', descriptor) };
}

describe('<dv-self-check> result', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('"Print je uitslag" prints the result only, on a page of its own, with the addresses written out', async () => {
    const wrapper = await fixture(html`<div>
      <header><nav>Menu van de bibliotheek</nav></header>
      <dv-self-check areas="safety,ai"></dv-self-check>
    </div>`);
    const element = wrapper.querySelector('dv-self-check') as DvSelfCheck;
    await settled(element, 'ready');
    element.answers = { ...answerAreas('cannot', ['safety']), ...answerAreas('on-my-own', ['ai']) };
    await waitForResult(element);
    const framesBefore = document.querySelectorAll('iframe').length;
    const prints = catchPrints();
    const hostPrints: unknown[] = [];
    const hostPrint = window.print;
    window.print = () => hostPrints.push(true);
    try {
      [...element.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Print je uitslag')!.click();
    } finally {
      prints.restore();
      window.print = hostPrint;
    }
    expect(hostPrints, 'the host page is not printed').to.have.length(0);
    expect(prints.pages).to.have.length(1);
    const page = prints.pages[0]!;
    expect(page.lang).to.equal('nl');
    expect(page.sheets).to.equal(1);
    expect(page.links, 'text only').to.equal(0);
    expect(page.headings).to.deep.equal(['Jouw uitslag: Hoe digivaardig ben jij?', 'Veilig online', 'Kunstmatige intelligentie (AI)']);
    expect(page.text).not.to.contain('Menu van de bibliotheek');
    expect(page.text).not.to.contain('Opnieuw beginnen');
    expect(page.text).to.match(/Gemaakt op \d{1,2} \S+ \d{4}\./);
    expect(page.text).to.contain('Hier kun je het meeste leren: Veilig online en Kunstmatige intelligentie (AI).');
    expect(page.text).to.contain('Niveau: Beginner (0 van 100)');
    expect(page.text).to.contain('Niveau: Basis (67 van 100)');
    const safety = digiq.areas.find((area) => area.id === 'safety')!;
    expect(page.text).to.contain(safety.advice.low.nl);
    expect(page.items).to.include(`${safety.links[0]!.title.nl}: ${(safety.links[0] as { url: string }).url}`);
    expect(page.items).to.include('Leer gratis wat AI is met de Nationale AI-cursus: https://www.ai-cursus.nl/');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.querySelectorAll('iframe').length, 'the frame is removed after printing').to.equal(framesBefore);
  });

  it('says there is no result yet, without praise, when no area got a level', async () => {
    const element = await mount(html`<dv-self-check areas="safety,ai"></dv-self-check>`);
    element.answers = answerAreas('dont-know', ['safety', 'ai']);
    await waitForResult(element);
    const summary = part(element, '.weakest').textContent ?? '';
    expect(summary).to.contain('Er is nog geen uitslag.');
    expect(summary).to.contain('Vraag het in de bibliotheek.');
    expect(deepText(element)).not.to.contain('Goed gedaan');
    await expect(element).to.be.accessible();
  });

  it('praises a visitor at the top level everywhere, and only where there is a level otherwise', async () => {
    const element = await mount();
    element.answers = answerAreas('can-help-others');
    await waitForResult(element);
    expect(part(element, '.weakest').textContent).to.contain('Goed gedaan! Je hebt overal het niveau Gevorderd.');

    const some = await mount(html`<dv-self-check lang="en" areas="safety,ai"></dv-self-check>`);
    some.answers = { ...answerAreas('can-help-others', ['safety']), ...answerAreas('dont-understand', ['ai']) };
    await waitForResult(some);
    expect(part(some, '.weakest').textContent).to.contain('Well done! Where you have a result, it is the level Advanced.');
  });

  it('draws the radar fill see-through with any theme colour', async () => {
    const { Chart } = await import('chart.js');
    const element = await mount(html`<dv-self-check chart="radar" style="--dv-color-primary: rebeccapurple"></dv-self-check>`);
    element.answers = answerAreas('on-my-own');
    await waitForResult(element);
    const chart = () => Chart.getChart(element.shadowRoot!.querySelector('canvas')!);
    await waitUntil(chart, 'the radar was not drawn', { timeout: 5000 });
    const dataset = chart()!.data.datasets[0]!;
    expect(dataset.backgroundColor).to.equal('rgba(102, 51, 153, 0.2)');
    expect(dataset.borderColor).to.equal('rebeccapurple');
  });
});

describe('<dv-self-check> radar and the visitor’s settings', () => {
  afterEach(() => {
    document.documentElement.classList.remove('dark');
    return emulateMediaFeatures([]);
  });

  it('draws the radar again for a host page that turns dark (not the system), a theme set later, and another language', async () => {
    // A dark system alone changes nothing: theme="auto" follows the host page.
    await emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const { Chart } = await import('chart.js');
    const element = await mount(html`<dv-self-check chart="radar"></dv-self-check>`);
    element.answers = answerAreas('on-my-own');
    await waitForResult(element);
    const chart = () => Chart.getChart(element.shadowRoot!.querySelector('canvas')!);
    const colour = () => chart()?.data.datasets[0]!.borderColor;
    await waitUntil(chart, 'the radar was not drawn', { timeout: 5000 });
    expect(colour()).to.equal('#1f4e99');

    document.documentElement.classList.add('dark');
    await waitUntil(() => colour() === '#9cc3ff', 'the radar kept its light colours', { timeout: 5000 });

    element.theme = 'light';
    await waitUntil(() => colour() === '#1f4e99', 'the radar ignored theme="light"', { timeout: 5000 });

    const firstLabel = chart()!.data.labels![0];
    element.lang = 'en';
    await waitUntil(() => chart()?.data.labels![0] !== firstLabel, 'the radar kept its Dutch area names', { timeout: 5000 });
    expect(chart()!.data.labels).to.include(localizedTitle('en'));
  });
});

describe('<dv-self-check> stored progress', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  it('"Opnieuw beginnen" without persist leaves progress another check stored alone', async () => {
    const kept = await mount(html`<dv-self-check persist></dv-self-check>`);
    kept.answers = { [QUESTIONS[0]!.question.id]: 'with-help' };
    await frame(kept);
    const stored = localStorage.getItem(storageKey('digiq'));
    expect(stored).to.contain('with-help');
    kept.remove();

    const other = await mount();
    other.answers = answerAreas('cannot');
    await waitForResult(other);
    [...other.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Opnieuw beginnen')!.click();
    await frame(other);
    expect(part(other, '[part="start"]').textContent?.trim()).to.equal('Begin');
    expect(localStorage.getItem(storageKey('digiq'))).to.equal(stored);
  });

  it('keeps the progress of a check with `areas` apart from the whole check and other parts', async () => {
    const whole = await mount(html`<dv-self-check persist></dv-self-check>`);
    whole.answers = Object.fromEntries(QUESTIONS.slice(0, 5).map(({ question }) => [question.id, 'on-my-own']));
    await frame(whole);
    expect(part(whole, '[part="progress"]').textContent).to.contain('Vraag 6 van 30');
    whole.remove();

    const safetyAndAi = await mount(html`<dv-self-check persist areas="ai,safety"></dv-self-check>`);
    expect(part(safetyAndAi, '[part="start"]').textContent?.trim(), 'nothing to resume for this part').to.equal('Begin');
    safetyAndAi.answers = answerAreas('cannot', ['safety']);
    await frame(safetyAndAi);
    expect(part(safetyAndAi, '[part="progress"]').textContent).to.contain('Vraag 5 van 7');
    safetyAndAi.remove();
    expect(Object.keys(localStorage).sort()).to.deep.equal([storageKey('digiq'), `${storageKey('digiq')}:safety,ai`]);

    const again = await mount(html`<dv-self-check persist areas="safety,ai"></dv-self-check>`);
    expect(part(again, '[part="progress"]').textContent).to.contain('Vraag 5 van 7');
    again.remove();
    const wholeAgain = await mount(html`<dv-self-check persist></dv-self-check>`);
    expect(part(wholeAgain, '[part="progress"]').textContent).to.contain('Vraag 6 van 30');
    part(wholeAgain, '[part="clear"]').click();
    await frame(wholeAgain);
    expect(Object.keys(localStorage), '"Wis" clears this check only').to.deep.equal([`${storageKey('digiq')}:safety,ai`]);
  });
});

describe('<dv-self-check> data inputs and presentation', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  /** Records what a check does from now on: the phases it shows and the events it fires. */
  function record(element: DvSelfCheck) {
    const seen = { phases: [] as (string | undefined)[], ready: [] as unknown[], complete: [] as unknown[] };
    element.addEventListener('dv-ready', (event) => seen.ready.push(event.detail));
    element.addEventListener('dv-self-check-complete', (event) => seen.complete.push(event.detail));
    const observer = new MutationObserver(() => seen.phases.push(phaseOf(element)));
    observer.observe(element.shadowRoot!, { subtree: true, attributes: true, attributeFilter: ['data-phase'] });
    return { seen, stop: () => observer.disconnect() };
  }

  const links = (element: DvSelfCheck) => [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));

  it('re-renders a new chart, course-finder page or persist from the set it has: no loading, the answers kept, no second dv-ready', async () => {
    const { Chart } = await import('chart.js');
    const element = await mount(html`<dv-self-check areas="safety,ai"></dv-self-check>`);
    const { seen, stop } = record(element);
    const asked = QUESTIONS.filter(({ area }) => area.id === 'safety' || area.id === 'ai');
    element.start();
    await frame(element);
    element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1]!.click();
    part(element, 'button[type="submit"]').click();
    await frame(element);
    const first = { [asked[0]!.question.id]: 'with-help' };

    // On a statement: the visitor stays there, with their answer.
    element.chart = 'radar';
    element.courseFinderUrl = 'https://www.example.org/cursussen';
    element.persist = true;
    await frame(element);
    expect(statement(element)).to.equal(asked[1]!.question.text.nl);
    expect(element.answers).to.deep.equal(first);
    expect(localStorage.getItem(`${storageKey('digiq')}:safety,ai`), '`persist` keeps the progress from now on').to.contain('with-help');

    // The rest of the answers from the page: the result, with the radar and the course-finder page.
    const all = { ...first, ...Object.fromEntries(asked.slice(1).map(({ question }) => [question.id, 'cannot'])) };
    element.answers = all;
    await waitForResult(element);
    const chart = () => Chart.getChart(element.shadowRoot!.querySelector('canvas')!);
    await waitUntil(chart, 'the radar was not drawn', { timeout: 5000 });
    expect(links(element)).to.include('https://www.example.org/cursussen#dv-course-finder?topics=safety');

    // On the result: the radar goes and comes back, the links follow the new page.
    element.chart = 'none';
    await frame(element);
    expect(element.shadowRoot!.querySelector('[part="radar"]')).to.equal(null);
    element.courseFinderUrl = 'https://www.example.org/andere-pagina';
    element.chart = 'radar';
    await frame(element);
    expect(links(element)).to.include('https://www.example.org/andere-pagina#dv-course-finder?topics=safety');
    await waitUntil(chart, 'the radar was not drawn again', { timeout: 5000 });
    expect(deepText(element)).to.contain('Jouw uitslag');
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();

    expect(seen.phases.filter((phase) => phase !== 'ready'), 'phases').to.deep.equal([]);
    expect(seen.ready, 'dv-ready').to.deep.equal([]);
    expect(seen.complete, 'one result, told once').to.have.length(1);
    expect(element.answers).to.deep.equal(all);
  });

  it('loads the set again for a new framework (a data input), and ignores framework while src is set', async () => {
    const element = await mount();
    const { seen, stop } = record(element);
    element.framework = 'slo';
    await waitUntil(() => seen.ready.length === 1, 'no dv-ready for the new set', { timeout: 5000 });
    expect(seen.phases).to.include('loading');
    expect(deepText(element)).to.contain('Er zijn 12 vragen');

    const own = await mount(html`<dv-self-check src="/assets/self-check-library-set.json"></dv-self-check>`);
    const ownSeen = record(own);
    own.framework = 'digiq';
    await frame(own);
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop();
    ownSeen.stop();
    expect(ownSeen.seen.phases.filter((phase) => phase !== 'ready')).to.deep.equal([]);
    expect(ownSeen.seen.ready).to.deep.equal([]);
  });
});
