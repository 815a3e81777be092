import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { str } from '@lit/localize';
import { DvElement } from '../index.js';
import { defineElement } from '../define.js';
import { registerCatalogs } from './catalogs.js';
import { forgetPageTexts } from './overrides.js';
import '../../../../test/support/locale-guard.js';

registerCatalogs({
  en: () =>
    Promise.resolve({ templates: { 'test.texts.heading': 'Find an Information Point', 'test.texts.count': str`${0} places near you` } }),
});

/** A widget with a heading and a message with a value, as the IDO finder has. */
class WordsWidget extends DvElement<number> {
  protected load(): Promise<number> {
    return Promise.resolve(3);
  }
  protected countOf(count: number): number {
    return count;
  }
  protected renderReady(count: number): unknown {
    const { t } = this;
    return litHtml`<h2>${t.msg('Vind een Informatiepunt', { id: 'test.texts.heading' })}</h2>
      <p>${t.msg(str`${count} plekken bij jou in de buurt`, { id: 'test.texts.count' })}</p>`;
  }
}
defineElement('dv-test-words', WordsWidget);

const text = (el: Element, selector: string) => el.shadowRoot?.querySelector(selector)?.textContent?.trim();

/** Puts `json` in the page as a webmaster would, in a footer script block. */
function pageScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.dataset.dvTexts = '';
  script.textContent = json;
  document.body.append(script);
  return script;
}

async function mount(markup = html`<dv-test-words></dv-test-words>`) {
  const el = await fixture<WordsWidget>(markup);
  await waitUntil(() => text(el, 'h2') && el.t.ready, 'the widget did not render', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('The webmaster’s own words', () => {
  const scripts: HTMLScriptElement[] = [];
  let warnings: unknown[][];
  const warn = console.warn;
  beforeEach(() => {
    forgetPageTexts();
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
  });
  afterEach(() => {
    console.warn = warn;
    for (const script of scripts.splice(0)) script.remove();
    document.documentElement.removeAttribute('lang');
  });

  it('shows the widget’s own words without any', async () => {
    const el = await mount();
    expect(text(el, 'h2')).to.equal('Vind een Informatiepunt');
    expect(text(el, 'p')).to.equal('3 plekken bij jou in de buurt');
    expect(warnings).to.deep.equal([]);
  });

  it('takes a page script’s words, merging several in document order', async () => {
    scripts.push(pageScript('{"nl": {"test.texts.heading": "Vind een Informatiepunt", "test.texts.count": "{0} plekken"}}'));
    scripts.push(pageScript('{"nl": {"test.texts.heading": "Vind een Digicafé", "no.such.id": "x"}}'));
    const el = await mount();
    expect(text(el, 'h2')).to.equal('Vind een Digicafé');
    expect(text(el, 'p')).to.equal('3 plekken');
  });

  it('lets the texts attribute win over the page', async () => {
    scripts.push(pageScript('{"nl": {"test.texts.heading": "Vind een Digicafé"}}'));
    const el = await mount(
      html`<dv-test-words texts='{"nl": {"test.texts.heading": "Digicafé in de buurt", "test.texts.count": "Wij hebben {0} Digicafés"}}'></dv-test-words>`,
    );
    expect(text(el, 'h2')).to.equal('Digicafé in de buurt');
    expect(text(el, 'p')).to.equal('Wij hebben 3 Digicafés');
    el.texts = { nl: { 'test.texts.heading': 'Anders' } };
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Anders');
    expect(text(el, 'p')).to.equal('3 plekken bij jou in de buurt');
  });

  it('uses the English words for lang="en", and the catalogue where there are none', async () => {
    scripts.push(pageScript('{"nl": {"test.texts.heading": "Vind een Digicafé"}, "en": {"test.texts.count": "{0} Digicafés near you"}}'));
    const el = await mount(html`<dv-test-words lang="en"></dv-test-words>`);
    expect(text(el, 'h2')).to.equal('Find an Information Point');
    expect(text(el, 'p')).to.equal('3 Digicafés near you');
  });

  it('warns the webmaster once about bad JSON and still shows its own words', async () => {
    scripts.push(pageScript('{"nl": {"test.texts.heading": "Digicafé",}'));
    const el = await mount(html`<dv-test-words texts="{nl: oops"></dv-test-words>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el, 'h2')).to.equal('Vind een Informatiepunt');
    expect(text(el, 'p')).to.equal('3 plekken bij jou in de buurt');
    const said = warnings.map((args) => String(args[0]));
    expect(said.filter((line) => line.includes('script[data-dv-texts]'))).to.have.length(1);
    expect(said.filter((line) => line.includes('texts="{nl: oops"'))).to.have.length(1);
  });
});
