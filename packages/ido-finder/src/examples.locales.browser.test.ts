import { expect, fixture, waitUntil } from '@open-wc/testing';
import './index.js';
import { idoFinderExamples } from './examples.js';
import { describeExamplesInOtherLanguages } from '../../../test/support/locale-examples.js';
import { foreignRequests, holdForeignImages } from '../test/foreign-images.js';
import '../../../test/support/locale-guard.js';

describe('ido-finder examples in Turkish, Polish and Ukrainian, offline', () => {
  // "Map with tiles" shows PDOK tiles: held here, so the suite reaches no other host.
  let held: ReturnType<typeof holdForeignImages>;
  before(() => (held = holdForeignImages()));
  after(() => {
    held.restore();
    expect(foreignRequests()).to.deep.equal([]);
  });

  // Issue #13: every example in English, Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
  describeExamplesInOtherLanguages('ido-finder examples', idoFinderExamples);
});

/**
 * "1 locatie / 2 locaties" and their counterparts: the line above the results takes the
 * language's plural form of the count (Intl.PluralRules), with `limit` 1, 2 and 5. Polish
 * and Ukrainian have a `few` (2–4) and a `many` (5–20) form; Turkish keeps the noun singular
 * after a number; Arabic says the count after a colon, which fits every count.
 */
const SUMMARIES: Record<string, Record<1 | 2 | 5, RegExp>> = {
  nl: { 1: /^1 locatie dicht bij /, 2: /^2 locaties dicht bij /, 5: /^5 locaties dicht bij / },
  en: { 1: /^1 location near /, 2: /^2 locations near /, 5: /^5 locations near / },
  ar: { 1: /^أماكن قريبة من .+: 1،/, 2: /^أماكن قريبة من .+: 2،/, 5: /^أماكن قريبة من .+: 5،/ },
  tr: { 1: / yakınında 1 yer, /, 2: / yakınında 2 yer, /, 5: / yakınında 5 yer, / },
  pl: { 1: /^1 miejsce blisko /, 2: /^2 miejsca blisko /, 5: /^5 miejsc blisko / },
  uk: { 1: /^1 місце поблизу /, 2: /^2 місця поблизу /, 5: /^5 місць поблизу / },
};

describe('ido-finder: the count of results in the plural form of each language', () => {
  for (const [lang, forms] of Object.entries(SUMMARIES)) {
    it(`${lang}: 1, 2 and 5 locations`, async () => {
      const wrapper = await fixture<HTMLDivElement>(document.createElement('div'));
      for (const limit of [1, 2, 5] as const) {
        const element = document.createElement('dv-ido-finder');
        Object.entries({ lang, postcode: '2311 EZ', map: 'none', limit: String(limit) }).forEach(([name, value]) => element.setAttribute(name, value));
        wrapper.replaceChildren(element);
        const summary = () => element.shadowRoot?.querySelector('[part="summary"]')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
        const count = () => element.shadowRoot?.querySelectorAll('li.result').length ?? 0;
        await waitUntil(() => count() === limit && forms[limit].test(summary()), '', { timeout: 5000 }).catch(() => undefined);
        expect(count(), `${lang}: results with limit="${limit}"`).to.equal(limit);
        expect(summary(), `${lang}, ${limit}`).to.match(forms[limit]);
      }
    });
  }
});
