import { expect, waitUntil } from '@open-wc/testing';
import { startAutoloader } from './autoloader.js';
import '../../../test/support/locale-guard.js';

let counter = 0;
/** A fresh tag per test: custom element names cannot be undefined again. */
const uniqueTag = () => `dv-autoload-test-${++counter}-${Math.random().toString(36).slice(2, 7)}`;

/** A registry entry that defines `tag` when `release()` is called, as a chunk would. */
function deferredWidget(tag: string) {
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const load = async () => {
    calls++;
    await arrived;
    customElements.define(tag, class extends HTMLElement {});
  };
  return { load, release, calls: () => calls };
}

/** Reserved sizes for `tags`, as reserve.css gives them: the rule for undefined tags last. */
const reserve = (...tags: string[]) => `${tags.map((tag) => `${tag}{--_dv-reserve:7rem}`).join('')}:is(${tags.join()}):not(:defined){display:block;min-height:var(--_dv-reserve)}`;

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function add(html: string, parent: ParentNode = document.body): HTMLElement {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild as HTMLElement;
  parent.append(element);
  return element;
}

describe('autoloader', () => {
  it('loads the chunk of a tag on the page once, and hides the tag only until it is defined', async () => {
    const tag = uniqueTag();
    const widget = deferredWidget(tag);
    const element = add(`<${tag}>fallback</${tag}>`);
    startAutoloader({ [tag]: widget.load }, reserve(tag));
    expect(widget.calls()).to.equal(1);
    expect(getComputedStyle(element).visibility).to.equal('hidden');
    // The place the widget will take is kept while it is not there.
    expect(element.getBoundingClientRect().height).to.equal(7 * parseFloat(getComputedStyle(document.documentElement).fontSize));
    widget.release();
    await customElements.whenDefined(tag);
    await waitUntil(() => getComputedStyle(element).visibility === 'visible');
    element.remove();
  });

  it('finds tags added later, also inside open shadow roots', async () => {
    const later = uniqueTag();
    const shadowed = uniqueTag();
    const laterWidget = deferredWidget(later);
    const shadowWidget = deferredWidget(shadowed);
    startAutoloader({ [later]: laterWidget.load, [shadowed]: shadowWidget.load }, reserve(later, shadowed));
    laterWidget.release();
    shadowWidget.release();
    const plain = add(`<div><${later}></${later}></div>`);
    const host = add('<section></section>');
    const root = host.attachShadow({ mode: 'open' });
    // Like a component rendering its content a moment after it was attached.
    await new Promise((resolve) => setTimeout(resolve, 20));
    add(`<${shadowed}></${shadowed}>`, root);
    await waitUntil(() => customElements.get(later), 'later not defined');
    await waitUntil(() => customElements.get(shadowed), 'shadowed not defined');
    expect(laterWidget.calls()).to.equal(1);
    expect(shadowWidget.calls()).to.equal(1);
    plain.remove();
    host.remove();
  });

  it('shows the tag again, with a warning, when its chunk fails to load', async () => {
    const tag = uniqueTag();
    const element = add(`<${tag}>fallback</${tag}>`);
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      startAutoloader({ [tag]: () => Promise.reject(new Error('offline')) }, reserve(tag));
      await waitUntil(() => getComputedStyle(element).visibility === 'visible', 'stayed hidden');
      expect(String(warnings[0])).to.contain(tag);
    } finally {
      console.warn = warn;
      element.remove();
    }
  });

  it('handles a tag once when a second copy of the autoloader runs (the script twice)', async () => {
    const tag = uniqueTag();
    const first = deferredWidget(tag);
    const second = deferredWidget(tag);
    const element = add(`<${tag}></${tag}>`);
    startAutoloader({ [tag]: first.load });
    startAutoloader({ [tag]: second.load });
    first.release();
    second.release();
    await customElements.whenDefined(tag);
    expect(first.calls()).to.equal(1);
    expect(second.calls()).to.equal(0);
    element.remove();
  });
  it('defines a widget in a shadow root attached long after the page loaded, before the next frame', async () => {
    const tag = uniqueTag();
    const waiting = uniqueTag();
    const widget = deferredWidget(tag);
    const slow = deferredWidget(waiting);
    widget.release();
    startAutoloader({ [tag]: widget.load, [waiting]: slow.load }, reserve(tag, waiting));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const host = add('<section></section>');
    const root = host.attachShadow({ mode: 'open' });
    const element = add(`<${tag}></${tag}>`, root);
    const pending = add(`<${waiting}></${waiting}>`, root);
    await frame();
    expect(element.matches(':defined'), 'defined by the first frame after it was connected').to.equal(true);
    // A widget whose chunk is still on its way keeps its place, also inside a shadow root.
    expect(pending.getBoundingClientRect().height).to.be.greaterThan(50);
    slow.release();
    await customElements.whenDefined(waiting);
    host.remove();
  });

  it('finds widgets in nested and in closed shadow roots made later', async () => {
    const nested = uniqueTag();
    const closed = uniqueTag();
    const nestedWidget = deferredWidget(nested);
    const closedWidget = deferredWidget(closed);
    nestedWidget.release();
    closedWidget.release();
    startAutoloader({ [nested]: nestedWidget.load, [closed]: closedWidget.load }, reserve(nested, closed));
    const outer = add('<div></div>');
    const inner = add('<div></div>', outer.attachShadow({ mode: 'open' }));
    setTimeout(() => add(`<${nested}></${nested}>`, inner.attachShadow({ mode: 'open' })), 20);
    const sealed = add('<div></div>');
    add(`<${closed}></${closed}>`, sealed.attachShadow({ mode: 'closed' }));
    await waitUntil(() => customElements.get(nested), 'nested not defined');
    await waitUntil(() => customElements.get(closed), 'closed not defined');
    outer.remove();
    sealed.remove();
  });

  it("keeps a page's own wrapper of attachShadow working, and its own after ours", async () => {
    const tag = uniqueTag();
    const widget = deferredWidget(tag);
    widget.release();
    startAutoloader({ [tag]: widget.load }, reserve(tag));
    const ours = Element.prototype.attachShadow;
    const seen: ShadowRootInit[] = [];
    // A page (or a library on it) that wraps attachShadow after the autoloader did.
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      seen.push(init);
      const root = ours.call(this, { ...init, delegatesFocus: true });
      root.appendChild(document.createElement('slot'));
      return root;
    };
    try {
      const host = add('<div></div>');
      const root = host.attachShadow({ mode: 'open' });
      expect(seen).to.deep.equal([{ mode: 'open' }]);
      expect(root.delegatesFocus).to.equal(true);
      expect(host.shadowRoot).to.equal(root);
      add(`<${tag}></${tag}>`, root);
      await waitUntil(() => customElements.get(tag), 'not defined behind the page wrapper');
      host.remove();
    } finally {
      Element.prototype.attachShadow = ours;
    }
    // A second copy of the autoloader does not wrap again.
    startAutoloader({ [uniqueTag()]: deferredWidget('x-unused').load });
    expect(Element.prototype.attachShadow).to.equal(ours);
  });
});
