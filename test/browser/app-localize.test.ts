import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, msg, updateWhenLocaleChanges } from '@lit/localize';
import '@digivaardig/stat-card';
import { deepText, settled } from '../support/examples.js';
import '../support/locale-guard.js';

/*
 * An app that uses @lit/localize's public runtime with locales of its own (source German,
 * French on demand) and our widgets on the same page, each in its own language (issue #13).
 * The old runtime installed its msg through @lit/localize's internals, which throw when
 * installed twice: an app like this one broke at import. configureLocalization may be
 * called once per page; web-test-runner gives each test file a page of its own, so this
 * file holds every test that configures it.
 */

class AppGreeting extends LitElement {
  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override render() {
    return html`<p id="hello">${msg('Hallo Welt', { id: 'app.hello' })}</p>
      <p id="source">${msg('Quelle:', { id: 'stat.card.source' })}</p>
      <p id="unknown">${msg('Quelle unbekannt.', { id: 'stat.card.source-unknown' })}</p>`;
  }
}
customElements.define('app-greeting', AppGreeting);

const card = (lang: string) => html`<dv-stat-card lang=${lang} value="79" unit="percent" label="Basisvaardigheden" year="2021" source="CBS"></dv-stat-card>`;

const textOf = (app: AppGreeting) => ({
  hello: app.shadowRoot!.querySelector('#hello')!.textContent,
  source: app.shadowRoot!.querySelector('#source')!.textContent,
  unknown: app.shadowRoot!.querySelector('#unknown')!.textContent,
});

describe('an app with @lit/localize of its own, beside our widgets', () => {
  let localization: ReturnType<typeof configureLocalization>;

  it('configures its localization after our widgets were imported, without a throw', () => {
    expect(customElements.get('dv-stat-card'), 'our stat card was imported first').to.exist;
    expect(() => {
      localization = configureLocalization({
        sourceLocale: 'de',
        targetLocales: ['fr'],
        loadLocale: () => import('./app-localize/fr.js'),
      });
    }).not.to.throw();
    expect(localization.getLocale()).to.equal('de');
  });

  it('imports another widget package after the app configured its localization', async () => {
    await import('@digivaardig/self-check');
    expect(customElements.get('dv-self-check')).to.exist;
  });

  it('speaks German, then French, while the widgets stay Dutch and English', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <app-greeting></app-greeting>
      ${card('nl')} ${card('en')}
    </div>`);
    const app = page.querySelector('app-greeting') as AppGreeting;
    const [nl, en] = [...page.querySelectorAll<HTMLElement>('dv-stat-card')];
    await Promise.all([settled(nl, 'ready'), settled(en, 'ready')]);
    await app.updateComplete;

    const widgetsSpeakTheirOwn = async () => {
      await waitUntil(() => deepText(en).includes('Source:'), 'the English card never showed its source line', { timeout: 5000 });
      expect(deepText(nl)).to.contain('Bron: CBS').and.contain('Gemeten in 2021').and.not.contain('Source').and.not.contain('Origine');
      expect(deepText(en)).to.contain('Source: CBS').and.contain('Measured in 2021').and.not.contain('Bron').and.not.contain('Origine');
      expect(nl.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('nl');
      expect(en.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    };

    // The app in its source language: its own words, not our catalogues' (same ids).
    expect(textOf(app)).to.deep.equal({ hello: 'Hallo Welt', source: 'Quelle:', unknown: 'Quelle unbekannt.' });
    await widgetsSpeakTheirOwn();

    await localization.setLocale('fr');
    expect(localization.getLocale()).to.equal('fr');
    await app.updateComplete;
    // French from the app's module; an id it does not translate keeps the app's German
    // source, never our 'Source unknown.' or 'Bron onbekend.'.
    expect(textOf(app)).to.deep.equal({ hello: 'Bonjour le monde', source: 'Origine :', unknown: 'Quelle unbekannt.' });

    // The widgets render again (a new value) and still speak their own language.
    nl.setAttribute('value', '80');
    en.setAttribute('value', '80');
    await Promise.all([settled(nl, 'ready'), settled(en, 'ready')]);
    await waitUntil(() => deepText(nl).includes('80%') && deepText(en).includes('80%'), 'the cards did not render again');
    await widgetsSpeakTheirOwn();
  });
});
