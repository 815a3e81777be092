import { expect } from '@open-wc/testing';
import { printSheet } from './print-view.js';
import '../../../../test/support/locale-guard.js';

const sheet = {
  title: 'Bibliotheek <Leiden>',
  lines: ['Breestraat 1', '2311 CH Leiden'],
  hoursCaption: 'Openingstijden',
  hours: [['maandag', '09.00–17.00']] as [string, string][],
  notes: ['Voorbeeldgegevens'],
  lang: 'nl',
};

const frames = () => document.querySelectorAll('iframe').length;

describe('printSheet', () => {
  it('prints a page of its own from a hidden frame: built from text, styled by a constructed sheet (allowed under a strict CSP)', async () => {
    const before = frames();
    let printed: Record<string, unknown> | undefined;
    const done = printSheet(sheet, {
      print: (win) => {
        const doc = win.document;
        printed = {
          sameOrigin: win.location.origin === location.origin || win.location.href === 'about:blank',
          lang: doc.documentElement.lang,
          title: doc.title,
          heading: doc.querySelector('h1')?.textContent,
          lines: [...doc.querySelectorAll('p')].map((p) => p.textContent),
          caption: doc.querySelector('caption')?.textContent,
          day: doc.querySelector('th[scope="row"]')?.textContent,
          hours: doc.querySelector('td')?.textContent,
          // Text only: the name's "<Leiden>" stays text, never markup.
          elements: doc.body.querySelectorAll('*').length,
          styleElements: doc.querySelectorAll('style, link').length,
          sheets: doc.adoptedStyleSheets.length,
        };
        win.dispatchEvent(new Event('afterprint'));
      },
    });
    expect(done).to.equal(true);
    expect(printed).to.deep.equal({
      sameOrigin: true,
      lang: 'nl',
      title: 'Bibliotheek <Leiden>',
      heading: 'Bibliotheek <Leiden>',
      lines: ['Breestraat 1', '2311 CH Leiden', 'Voorbeeldgegevens'],
      caption: 'Openingstijden',
      day: 'maandag',
      hours: '09.00–17.00',
      elements: 10, // h1, 3 × p, table, caption, tbody, tr, th, td
      styleElements: 0,
      sheets: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(frames(), 'the frame is removed after printing').to.equal(before);
  });

  it('says so when it cannot print, so the finder prints the page instead', async () => {
    const before = frames();
    const done = printSheet(sheet, {
      print: () => {
        throw new Error('printing is blocked');
      },
    });
    expect(done).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(frames()).to.equal(before);
  });
});
