import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DvElement, WidgetProblem, type LoadContext } from '../index.js';
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
