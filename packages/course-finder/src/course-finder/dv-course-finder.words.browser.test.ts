import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { DvCourseFinder } from './dv-course-finder.js';
import type { DataReport } from '@digivaardig/core';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * Issue #10's own example, in the element: a library's CSV with words instead of ids
 * (topics `computer;internet`, `digid;overheid`), a phone number as its contact cell and
 * level `all`. Before, 0 of 3 courses showed; all three must show, with nothing left out.
 */

const CSV = [
  'id,title,topics,contact,level,sessions',
  'kt-1,Computer en internet,computer;internet,071 123 45 67,all,12-01-2027 10:00-12:00',
  'eo-1,DigiD en de overheid,digid;overheid,071 123 45 67,all,13-01-2027 13.30 - 15.30 uur',
  'st-1,Stamboom zoeken,"internet, Stamboomonderzoek",071 123 45 67,all,di 19 januari 2027 10:00 tot 12:00',
].join('\r\n');

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<dv-course-finder> with a feed in words', () => {
  it('shows 3 of 3 courses of the issue #10 example, the phone number to call and an own tag, and finds the tag', async () => {
    const src = URL.createObjectURL(new Blob([CSV], { type: 'text/csv' }));
    try {
      let detail: { count: number; report?: DataReport } | undefined;
      const onReady = (event: Event) => (detail = (event as CustomEvent<{ count: number; report?: DataReport }>).detail);
      const finder = (await fixture<HTMLElement>(html`<dv-course-finder src=${src} today="2027-01-04" @dv-ready=${onReady}></dv-course-finder>`)) as DvCourseFinder;
      await settled(finder, 'ready');
      await waitUntil(() => detail, 'dv-ready');
      if (!detail) throw new Error('no dv-ready');
      expect(detail.report).to.include({ total: 3, kept: 3 });
      expect(detail.report!.recordsLeftOut).to.deep.equal([]);
      expect(detail.report!.fieldsLeftOut).to.deep.equal([]);
      expect(detail.report!.remarks.map(({ row, field, reason, value }) => [row, field, reason, value])).to.deep.equal([
        [4, 'topics', 'kept-as-tag', 'Stamboomonderzoek'],
      ]);
      const root = finder.shadowRoot!;
      expect([...root.querySelectorAll('[part="course-title"]')].map(text)).to.deep.equal(['Computer en internet', 'DigiD en de overheid', 'Stamboom zoeken']);
      const calls = [...root.querySelectorAll('a[href^="tel:"]')];
      expect(calls.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:0711234567', 'tel:0711234567', 'tel:0711234567']);
      expect(text(root.querySelectorAll('[part="course-labels"]')[2])).to.contain('Stamboomonderzoek');

      // The own tag is found by the search box.
      finder.query = 'stamboomonderzoek';
      const titles = () => [...root.querySelectorAll('[part="course-title"]')].map(text).join(' | ');
      await waitUntil(() => titles() === 'Stamboom zoeken', `found by its tag (now: ${titles()})`, { timeout: 3000 });
    } finally {
      URL.revokeObjectURL(src);
    }
  });
});
