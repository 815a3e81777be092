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
    startAutoloader({ [tag]: widget.load });
    expect(widget.calls()).to.equal(1);
    expect(getComputedStyle(element).visibility).to.equal('hidden');
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
    startAutoloader({ [later]: laterWidget.load, [shadowed]: shadowWidget.load });
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
      startAutoloader({ [tag]: () => Promise.reject(new Error('offline')) });
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
});
