import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { str } from '@lit/localize';
import { LocalizeController } from './localize-controller.js';
import { registerCatalogs } from './catalogs.js';
import '../../../../test/support/locale-guard.js';

registerCatalogs({ en: () => Promise.resolve({ templates: { 'test.hello': str`Hello ${0}` } }) });

/** A bare Lit element with the controller: it says hello in its language. */
class SpeakingElement extends LitElement {
  readonly t = new LocalizeController(this);
  protected override render() {
    return litHtml`<p>${this.t.msg(str`Hallo ${'Sam'}`, { id: 'test.hello' })}</p>`;
  }
}
customElements.define('test-speaking-element', SpeakingElement);

/** An element that renders a speaking element in its shadow root. */
class WrappingElement extends LitElement {
  protected override render() {
    return litHtml`<test-speaking-element></test-speaking-element>`;
  }
}
customElements.define('test-wrapping-element', WrappingElement);

const words = async (el: SpeakingElement) => {
  await el.updateComplete;
  // The catalogue arrives on demand: wait for the render that follows it.
  await waitUntil(() => el.t.ready, 'the catalogue did not arrive', { timeout: 4000 });
  await el.updateComplete;
  return el.shadowRoot!.textContent!.trim();
};

describe('LocalizeController', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('speaks Dutch without any lang', async () => {
    const el = await fixture<SpeakingElement>(html`<test-speaking-element></test-speaking-element>`);
    expect(el.t.locale).to.equal('nl');
    expect(await words(el)).to.equal('Hallo Sam');
  });

  it('uses its own lang first', async () => {
    const el = await fixture<SpeakingElement>(html`<div lang="nl"><test-speaking-element lang="en"></test-speaking-element></div>`).then(
      (div) => div.firstElementChild as SpeakingElement,
    );
    expect(el.t.locale).to.equal('en');
    expect(await words(el)).to.equal('Hello Sam');
  });

  it('uses the nearest ancestor with lang, crossing a shadow root to its host', async () => {
    const wrapper = await fixture<WrappingElement>(html`<section lang="en-GB"><div><test-wrapping-element></test-wrapping-element></div></section>`).then(
      (section) => section.querySelector('test-wrapping-element') as WrappingElement,
    );
    await wrapper.updateComplete;
    const el = wrapper.shadowRoot!.querySelector('test-speaking-element') as SpeakingElement;
    expect(el.t.locale).to.equal('en');
    expect(await words(el)).to.equal('Hello Sam');
  });

  it('follows <html lang>, and renders again when a lang around it changes', async () => {
    document.documentElement.lang = 'en';
    const section = await fixture<HTMLElement>(html`<section><test-speaking-element></test-speaking-element></section>`);
    const el = section.firstElementChild as SpeakingElement;
    expect(await words(el)).to.equal('Hello Sam');
    section.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve));
    expect(await words(el)).to.equal('Hallo Sam');
    section.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    expect(await words(el)).to.equal('Hello Sam');
  });
});
