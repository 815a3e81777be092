import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { DvElement, isCatalogReady } from '../index.js';
import { defineElement } from '../define.js';
import '../../../../test/support/locale-guard.js';

/** A widget whose data never arrives: it stays in its loading state. */
class WaitingWidget extends DvElement<string[]> {
  protected load(): Promise<string[]> {
    return new Promise(() => undefined);
  }
  protected countOf(items: string[]): number {
    return items.length;
  }
  protected renderReady(): unknown {
    return litHtml``;
  }
}
defineElement('dv-waiting-widget', WaitingWidget);

const status = (el: Element) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();

describe('the loading state speaks the widget’s language from the first frame', () => {
  it('says "Loading…" in an English widget before the English words have arrived', async () => {
    // A fresh page: no widget has asked for English yet.
    expect(isCatalogReady('en')).to.equal(false);
    const el = document.createElement('dv-waiting-widget');
    el.setAttribute('lang', 'en');
    document.body.append(el);
    await (el as WaitingWidget).updateComplete;
    // Still waiting for the English catalogue, and already in English.
    expect(isCatalogReady('en')).to.equal(false);
    expect(status(el)).to.equal('Loading…');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    el.remove();
  });

  it('says "Bezig met laden…" in a Dutch widget', async () => {
    const el = await fixture<WaitingWidget>(html`<dv-waiting-widget lang="nl"></dv-waiting-widget>`);
    expect(status(el)).to.equal('Bezig met laden…');
  });
});
