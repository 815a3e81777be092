import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../define.js';
import { LoadController, LoadStatus } from './load-controller.js';

/** A load the test finishes by hand. */
interface Run {
  readonly args: readonly unknown[];
  readonly signal: AbortSignal;
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** A real Lit host: `src` and `page` are data inputs, `label` is not. */
class LoadHost extends LitElement {
  static override properties = { src: {}, page: { type: Number }, label: {} };
  src = 'a';
  page = 1;
  label = '';
  runs: Run[] = [];
  completed: string[] = [];
  failed: unknown[] = [];
  renders = 0;
  readonly data = new LoadController(this, {
    args: () => [this.src, this.page] as const,
    task: (args, { signal }) => new Promise<string>((resolve, reject) => this.runs.push({ args, signal, resolve, reject })),
    onComplete: (value) => this.completed.push(value),
    onError: (error) => this.failed.push(error),
  });

  protected override render(): unknown {
    this.renders++;
    return html`<p>${this.data.status}:${this.data.value ?? ''}:${this.label}</p>`;
  }
}
defineElement('dv-load-host', LoadHost);

const settle = async (el: LoadHost) => {
  // The run's promise, then the update it asks for.
  for (let i = 0; i < 3; i++) await Promise.resolve();
  await el.updateComplete;
};
const shown = (el: LoadHost) => el.shadowRoot?.querySelector('p')?.textContent;

describe('LoadController (the base element\'s loading)', () => {
  it('runs before the first render, renders pending, then the value, and calls onComplete once', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    expect(el.runs.map((run) => run.args)).to.deep.equal([['a', 1]]);
    expect(el.data.status).to.equal(LoadStatus.PENDING);
    expect(shown(el)).to.equal(`${LoadStatus.PENDING}::`);
    el.runs[0].resolve('A');
    await settle(el);
    expect(el.data.status).to.equal(LoadStatus.COMPLETE);
    expect(shown(el)).to.equal(`${LoadStatus.COMPLETE}:A:`);
    expect(el.completed).to.deep.equal(['A']);
  });

  it('runs again only when an argument changes, not for another property', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    el.runs[0].resolve('A');
    await settle(el);
    el.label = 'x';
    await settle(el);
    expect(el.runs).to.have.length(1);
    expect(shown(el)).to.equal(`${LoadStatus.COMPLETE}:A:x`);
    // The same values again (a new array each time) do not run it either.
    el.src = 'a';
    el.page = 1;
    await settle(el);
    expect(el.runs).to.have.length(1);
    el.page = 2;
    await settle(el);
    expect(el.runs.map((run) => run.args)).to.deep.equal([['a', 1], ['a', 2]]);
  });

  it('the latest run wins: a newer run aborts the older one, whose late answer is ignored', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    el.src = 'b';
    await settle(el);
    const [first, second] = el.runs;
    expect(first.signal.aborted).to.equal(true);
    expect(second.signal.aborted).to.equal(false);
    second.resolve('B');
    first.resolve('A, too late');
    await settle(el);
    expect(el.data.value).to.equal('B');
    expect(el.completed).to.deep.equal(['B']);
    // An older run that fails late is ignored too.
    el.src = 'c';
    await settle(el);
    el.src = 'd';
    await settle(el);
    el.runs[2].reject(new Error('late'));
    el.runs[3].resolve('D');
    await settle(el);
    expect(el.failed).to.deep.equal([]);
    expect(el.data.value).to.equal('D');
  });

  it('a failure ends in ERROR with the error, no value, and onError once; run() tries again', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    const problem = new Error('down');
    el.runs[0].reject(problem);
    await settle(el);
    expect(el.data.status).to.equal(LoadStatus.ERROR);
    expect(el.data.error).to.equal(problem);
    expect(el.data.value).to.equal(undefined);
    expect(el.failed).to.deep.equal([problem]);
    void el.data.run();
    expect(el.runs.map((run) => run.args)).to.deep.equal([['a', 1], ['a', 1]]);
    el.runs[1].resolve('A');
    await settle(el);
    expect(el.data.status).to.equal(LoadStatus.COMPLETE);
    expect(el.data.error).to.equal(undefined);
  });

  it('abort() cuts a running load short: its failure ends in INITIAL, with no error and no onError', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    el.runs[0].resolve('A');
    await settle(el);
    void el.data.run();
    el.data.abort();
    expect(el.runs[1].signal.aborted).to.equal(true);
    el.runs[1].reject(new DOMException('aborted', 'AbortError'));
    await settle(el);
    expect(el.data.status).to.equal(LoadStatus.INITIAL);
    expect(el.failed).to.deep.equal([]);
    // The value of the last load that ended is kept.
    expect(el.data.value).to.equal('A');
  });

  it('abort() does nothing once a load has ended', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    el.runs[0].resolve('A');
    await settle(el);
    el.data.abort();
    expect(el.runs[0].signal.aborted).to.equal(false);
    expect(el.data.status).to.equal(LoadStatus.COMPLETE);
  });

  it('a callback that throws does not change the outcome', async () => {
    const el = await fixture<LoadHost>(html`<dv-load-host></dv-load-host>`);
    el.completed.push = () => {
      throw new Error('a bug in onComplete');
    };
    el.runs[0].resolve('A');
    await settle(el);
    expect(el.data.status).to.equal(LoadStatus.COMPLETE);
    expect(el.data.value).to.equal('A');
  });
});
