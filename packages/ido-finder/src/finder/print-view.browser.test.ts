import { expect } from '@open-wc/testing';
import { printSheet } from './print-view.js';

describe('printSheet', () => {
  it('builds the printed page from text, styled by a constructed sheet (allowed under a strict CSP), and prints it', async () => {
    // A same-origin frame stands in for the pop-up window the finder opens.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow!;
    let printed = 0;
    win.print = () => void printed++;
    try {
      const opened = printSheet(
        {
          title: 'Bibliotheek <Leiden>',
          lines: ['Breestraat 1', '2311 CH Leiden'],
          hoursCaption: 'Openingstijden',
          hours: [['maandag', '09.00–17.00']],
          notes: ['Voorbeeldgegevens'],
          lang: 'nl',
        },
        { open: () => win } as unknown as Window,
      );
      expect(opened).to.equal(true);
      const doc = frame.contentDocument!;
      expect(doc.documentElement.lang).to.equal('nl');
      expect(doc.querySelector('h1')!.textContent).to.equal('Bibliotheek <Leiden>');
      expect(doc.querySelectorAll('p')).to.have.length(3);
      expect(doc.querySelector('th[scope="row"]')!.textContent).to.equal('maandag');
      expect(doc.querySelector('style')).to.equal(null);
      expect(doc.adoptedStyleSheets).to.have.length(1);
      expect(printed).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('says so when a pop-up blocker stops the window', () => {
    const sheet = { title: 'x', lines: [], hoursCaption: '', hours: [], notes: [], lang: 'nl' };
    expect(printSheet(sheet, { open: () => null } as unknown as Window)).to.equal(false);
  });
});
