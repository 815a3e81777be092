import { describe, expect, it } from 'vitest';
import { catalogOf, isCatalogReady, loadCatalogs, registerCatalogs } from './catalogs.js';
import type { Locale } from './locale.js';

const TR = 'tr' as Locale;

/** A catalogue module that arrives when the test says so, as a chunk over the network does. */
function deferredCatalog(templates: Record<string, string>) {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const load = () => arrived.then(() => ({ templates }));
  return { load, arrive };
}

describe('catalogues of widgets that arrive one after another', () => {
  it('is not ready in a language until every registered catalogue is in, also one registered while others load', async () => {
    const card = deferredCatalog({ 'test.card': 'Kaynak' });
    registerCatalogs({ [TR]: card.load });
    const cardReady = loadCatalogs(TR);
    const check = deferredCatalog({ 'test.check': 'Yaklaşık 5 dakika sürer.' });
    registerCatalogs({ [TR]: check.load });
    const checkReady = loadCatalogs(TR);

    card.arrive();
    await new Promise((resolve) => setTimeout(resolve));
    expect(isCatalogReady(TR)).toBe(false);

    check.arrive();
    await Promise.all([cardReady, checkReady]);
    expect(isCatalogReady(TR)).toBe(true);
    expect(catalogOf(TR)).toEqual({ 'test.card': 'Kaynak', 'test.check': 'Yaklaşık 5 dakika sürer.' });
  });

  it('needs nothing for a language without catalogues (Dutch, the source)', () => {
    expect(isCatalogReady('nl')).toBe(true);
    expect(catalogOf('nl')).toBeUndefined();
  });
});
