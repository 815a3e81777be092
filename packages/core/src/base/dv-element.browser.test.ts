import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DvElement, WidgetProblem, type DataReport, type DvReadyDetail, type LoadContext } from '../index.js';
import { defineElement } from '../define.js';
import '../../../../test/support/locale-guard.js';

/** A load the test finishes by hand, so it can see what happens in between. */
interface PendingLoad {
  readonly src: string;
  readonly context: LoadContext;
  resolve(items: string[]): void;
  reject(error: unknown): void;
}

/**
 * The smallest widget on the base element: `src` is its data input, `label` only how it
 * shows; `hold` makes it hold `dv-ready` back (countOf undefined) until `release()`.
 */
class TestWidget extends DvElement<string[]> {
  static override properties = { ...DvElement.properties, label: {}, hold: { type: Boolean } };
  label = '';
  hold = false;
  loads: PendingLoad[] = [];

  protected load(context: LoadContext): Promise<string[]> {
    return new Promise((resolve, reject) => this.loads.push({ src: this.src, context, resolve, reject }));
  }

  protected countOf(items: string[]): number | undefined {
    return this.hold ? undefined : items.length;
  }

  release(count: number): Promise<void> {
    return this.emitReady(count);
  }

  protected renderReady(items: string[]): unknown {
    return litHtml`<p class="label">${this.label}</p><ul>${items.map((item) => litHtml`<li>${item}</li>`)}</ul>`;
  }
}
defineElement('dv-test-widget', TestWidget);

const phase = (el: Element) => el.shadowRoot?.querySelector('[data-phase]')?.getAttribute('data-phase');
const text = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Every dv-* event the element fires, in order. */
function recordEvents(el: Element): string[] {
  const seen: string[] = [];
  for (const type of ['dv-ready', 'dv-error']) {
    el.addEventListener(type, (event) => seen.push(`${type}:${JSON.stringify((event as CustomEvent).detail)}`));
  }
  return seen;
}

async function mount(markup = html`<dv-test-widget src="a.json" label="One"></dv-test-widget>`) {
  const el = await fixture<TestWidget>(markup);
  const events = recordEvents(el);
  await waitUntil(() => el.loads.length === 1, 'the first load did not start');
  return { el, events };
}

describe('DvElement: loading on @lit/task', () => {
  it('shows loading, then the data, and fires dv-ready once with its count', async () => {
    const { el, events } = await mount();
    expect(phase(el)).to.equal('loading');
    el.loads[0]!.resolve(['x', 'y']);
    await waitUntil(() => events.length === 1);
    expect(phase(el)).to.equal('ready');
    expect(events).to.deep.equal(['dv-ready:{"count":2}']);
    expect(text(el)).to.contain('One');
  });

  it('shows the empty state for no items, and still fires dv-ready (count 0)', async () => {
    const { el, events } = await mount();
    el.loads[0]!.resolve([]);
    await waitUntil(() => events.length === 1);
    expect(phase(el)).to.equal('empty');
    expect(events).to.deep.equal(['dv-ready:{"count":0}']);
  });

  it('re-renders a presentation property from the data it has: no new load, no second dv-ready', async () => {
    const { el, events } = await mount();
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => events.length === 1);
    el.label = 'Two';
    await el.updateComplete;
    expect(phase(el)).to.equal('ready');
    expect(text(el)).to.contain('Two');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.loads).to.have.length(1);
    expect(events).to.have.length(1);
  });

  it('loads again when a data input changes; the latest load wins and the older one is aborted', async () => {
    const { el, events } = await mount();
    el.src = 'b.json';
    await waitUntil(() => el.loads.length === 2);
    el.src = 'c.json';
    await waitUntil(() => el.loads.length === 3);
    expect(el.loads[0]!.context.signal.aborted).to.equal(true);
    expect(el.loads[1]!.context.signal.aborted).to.equal(true);
    el.loads[2]!.resolve(['c']);
    el.loads[1]!.resolve(['b', 'b']);
    el.loads[0]!.resolve(['a', 'a', 'a']);
    await waitUntil(() => events.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal(['dv-ready:{"count":1}']);
    expect(text(el)).to.contain('c').and.not.contain('b');
  });

  it('shows a problem thrown by load, fires dv-error once, and "try again" loads fresh', async () => {
    const { el, events } = await mount();
    el.loads[0]!.reject(new WidgetProblem({ code: 'network' }));
    await waitUntil(() => events.length === 1);
    expect(phase(el)).to.equal('error');
    expect(events[0]).to.match(/^dv-error:\{"code":"network","message":"[^"]+"\}$/);
    expect(el.loads[0]!.context.fresh).to.equal(false);
    await waitUntil(() => el.shadowRoot!.querySelector('button[part="retry"]'), 'no retry button');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
    await waitUntil(() => el.loads.length === 2);
    expect(el.loads[1]!.context.fresh).to.equal(true);
    expect(phase(el)).to.equal('loading');
    el.loads[1]!.resolve(['x']);
    await waitUntil(() => events.length === 2);
    expect(events[1]).to.equal('dv-ready:{"count":1}');
  });

  it('turns an unknown error into the internal problem, logged for the webmaster', async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { el, events } = await mount();
      el.loads[0]!.reject(new TypeError('oops'));
      await waitUntil(() => events.length === 1);
      expect(events[0]).to.match(/^dv-error:\{"code":"internal"/);
      expect(errors).to.have.length(1);
    } finally {
      console.error = original;
    }
  });

  it('moved in the page while loading: the cut-short load starts again and settles once', async () => {
    const { el, events } = await mount();
    const parent = el.parentElement!;
    el.remove();
    expect(el.loads[0]!.context.signal.aborted).to.equal(true);
    el.loads[0]!.reject(new DOMException('aborted', 'AbortError'));
    parent.append(el);
    await waitUntil(() => el.loads.length === 2, 'no new load after the move');
    el.loads[1]!.resolve(['x']);
    await waitUntil(() => events.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal(['dv-ready:{"count":1}']);
  });

  it('moved after settling: nothing loads again and no event fires', async () => {
    const { el, events } = await mount();
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => events.length === 1);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.loads).to.have.length(1);
    expect(events).to.have.length(1);
    expect(phase(el)).to.equal('ready');
  });

  it('holds dv-ready back while countOf says "not yet", until the widget releases it', async () => {
    const { el, events } = await mount(html`<dv-test-widget src="a.json" hold></dv-test-widget>`);
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => phase(el) === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.deep.equal([]);
    await el.release(3);
    expect(events).to.deep.equal(['dv-ready:{"count":3}']);
  });

  it('fires only dv-* events that the element declares (no generic event names)', async () => {
    const { el } = await mount();
    const seen: string[] = [];
    const original = el.dispatchEvent.bind(el);
    el.dispatchEvent = (event: Event) => (seen.push(event.type), original(event));
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => seen.length > 0);
    expect(seen).to.deep.equal(['dv-ready']);
  });
});

/** A report as the pipeline hands it over: 2 of 3 courses, one row left out, one field. */
function sampleReport(overrides: Partial<DataReport> = {}): DataReport {
  return {
    src: 'https://example.org/a.csv',
    format: 'course',
    kind: 'csv',
    encoding: 'windows-1252',
    encodingGuessed: true,
    total: 3,
    kept: 2,
    recordsLeftOut: [{ row: 4, field: 'title', reason: 'missing' }],
    fieldsLeftOut: [{ row: 2, field: 'price', reason: 'not-a-number', value: '2 tientjes' }],
    remarks: [{ row: 3, field: 'topics', reason: 'kept-as-tag', value: 'bingo' }],
    ...overrides,
  };
}

const checkBox = (el: Element) => el.shadowRoot!.querySelector('[part="check"]');

describe('DvElement: the check report', () => {
  it('with check: shows the report above the content, as a calm section with a heading one level down', async () => {
    const { el, events } = await mount(html`<dv-test-widget src="a.json" label="One" heading-level="3" check></dv-test-widget>`);
    el.loads[0]!.context.report(sampleReport());
    el.loads[0]!.resolve(['x', 'y']);
    await waitUntil(() => checkBox(el), 'no report shown');
    const box = checkBox(el)!;
    expect(box.localName).to.equal('section');
    expect(box.getAttribute('role')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.firstElementChild).to.equal(box);
    expect(box.querySelector('h4')?.textContent?.trim()).to.equal('Controle van je gegevens');
    const said = box.textContent!.replace(/\s+/g, ' ');
    expect(said).to.contain('2 van de 3 cursussen worden getoond.');
    expect(said).to.contain('We lezen het als Windows-1252.');
    expect(said).to.contain('Rij 4 is weggelaten: de kolom title is leeg. Tip: Vul de kolom title in.');
    expect(said).to.contain("Rij 2, kolom price: '2 tientjes' is geen getal. Dit veld is weggelaten.");
    expect(said).to.contain("Rij 3, kolom topics: 'bingo' kennen we niet");
    expect(text(el)).to.contain('One');
    await waitUntil(() => events.length === 1);
    await expect(el).to.be.accessible();
  });

  it('without check: no report for visitors, but dv-ready carries it for scripts', async () => {
    const { el } = await mount();
    let detail: DvReadyDetail | undefined;
    el.addEventListener('dv-ready', (event) => (detail = event.detail));
    const report = sampleReport();
    el.loads[0]!.context.report(report);
    el.loads[0]!.resolve(['x', 'y']);
    await waitUntil(() => detail);
    expect(detail).to.deep.equal({ count: 2, report });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkBox(el)).to.equal(null);
  });

  it('no report (embedded data): nothing shown with check, and dv-ready without one', async () => {
    const { el, events } = await mount(html`<dv-test-widget label="One" check></dv-test-widget>`);
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => events.length === 1);
    expect(events).to.deep.equal(['dv-ready:{"count":1}']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkBox(el)).to.equal(null);
  });

  it('when every record was left out: the report shows above the error, so the webmaster sees why', async () => {
    const { el, events } = await mount(html`<dv-test-widget src="a.json" check></dv-test-widget>`);
    el.loads[0]!.context.report(sampleReport({ kept: 0, total: 1, fieldsLeftOut: [], remarks: [], encodingGuessed: false }));
    el.loads[0]!.reject(new WidgetProblem({ code: 'invalid' }));
    await waitUntil(() => events.length === 1 && checkBox(el), 'no report above the error');
    expect(phase(el)).to.equal('error');
    expect(checkBox(el)!.nextElementSibling?.getAttribute('role')).to.equal('alert');
    expect(checkBox(el)!.textContent).to.contain('De cursus in het bestand wordt niet getoond.');
  });

  it('a newer load forgets the older report; a report from an aborted load is ignored', async () => {
    const { el } = await mount(html`<dv-test-widget src="a.json" check></dv-test-widget>`);
    el.loads[0]!.context.report(sampleReport());
    el.loads[0]!.resolve(['x']);
    await waitUntil(() => checkBox(el));
    el.src = '';
    await waitUntil(() => el.loads.length === 2);
    el.src = 'c.json';
    await waitUntil(() => el.loads.length === 3);
    el.loads[1]!.context.report(sampleReport({ total: 99 }));
    el.loads[2]!.resolve(['c']);
    await waitUntil(() => text(el).includes('c'));
    await el.updateComplete;
    expect(checkBox(el)).to.equal(null);
  });

  it('lists more than ten lines behind "en nog N", in English with lang="en"', async () => {
    const { el } = await mount(html`<dv-test-widget src="a.json" lang="en" check></dv-test-widget>`);
    const many = Array.from({ length: 13 }, (_, i) => ({ row: i + 2, field: 'title', reason: 'missing' as const }));
    el.loads[0]!.context.report(sampleReport({ total: 15, kept: 2, recordsLeftOut: many, fieldsLeftOut: [], remarks: [], encodingGuessed: false }));
    el.loads[0]!.resolve(['x', 'y']);
    await waitUntil(() => checkBox(el)?.textContent?.includes('Checking your data'), 'no English report');
    const box = checkBox(el)!;
    expect(box.textContent!.replace(/\s+/g, ' ')).to.contain('2 of the 15 courses are shown.');
    expect(box.querySelectorAll(':scope > ul > li')).to.have.length(10);
    const more = box.querySelector('details')!;
    expect(more.querySelector('summary')!.textContent!.trim()).to.equal('and 3 more');
    expect(more.querySelectorAll('li')).to.have.length(3);
  });
});
