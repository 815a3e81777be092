import { describe, expect, it } from 'vitest';
import { msg } from '@lit/localize';
import { isLocaleReady, loadLocale, registerCatalog, withLocale } from './catalog.js';

/** A catalog module that arrives when the test says so, as a chunk over the network does. */
function deferredCatalog(templates: Record<string, string>) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = () => arrived.then(() => ({ templates }));
  return { load, arrive };
}

describe('catalogs of widgets that arrive one after another', () => {
  it('is not ready in a language until every registered catalog is in, also one registered while others load', async () => {
    // The stat card's chunk registers its catalog and a card starts loading English…
    const card = deferredCatalog({ 'test-card': 'Source' });
    registerCatalog('en', card.load);
    const cardReady = loadLocale('en');
    // …then the self-check's chunk arrives and a self-check asks for English too.
    const check = deferredCatalog({ 'test-check': 'It takes about 5 minutes.' });
    registerCatalog('en', check.load);
    const checkReady = loadLocale('en');

    // The card's load finishes first: English is not complete yet.
    card.arrive();
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve));
    expect(isLocaleReady('en')).toBe(false);

    check.arrive();
    await Promise.all([cardReady, checkReady]);
    expect(isLocaleReady('en')).toBe(true);
    withLocale('en', () => {
      expect(msg('Bron', { id: 'test-card' })).toBe('Source');
      expect(msg('Het duurt ongeveer 5 minuten.', { id: 'test-check' })).toBe('It takes about 5 minutes.');
    });
  });

  it('answers in Dutch outside a widget language, and in Dutch for Dutch', () => {
    expect(msg('Bron', { id: 'test-card' })).toBe('Bron');
    withLocale('nl', () => expect(msg('Bron', { id: 'test-card' })).toBe('Bron'));
  });
});
