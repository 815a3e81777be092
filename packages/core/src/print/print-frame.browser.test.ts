import { expect } from '@open-wc/testing';
import { appendText, printPage } from './print-frame.js';
import '../../../../test/support/locale-guard.js';

describe('printPage', () => {
  it('prints a page of its own, built from text and styled by a constructed sheet, then removes its frame', async () => {
    const before = document.querySelectorAll('iframe').length;
    let printed: { title: string; lang: string; text: string; sheets: number; heading: string } | undefined;
    const done = printPage(
      {
        title: 'Jouw uitslag',
        lang: 'nl',
        css: 'body{font:14pt sans-serif}',
        build: (doc, body) => {
          appendText(doc, body, 'h1', 'Jouw uitslag <b>');
          appendText(doc, body, 'p', 'Veilig online: basis');
        },
      },
      {
        print: (win) => {
          const doc = win.document;
          printed = {
            title: doc.title,
            lang: doc.documentElement.lang,
            text: doc.body.textContent ?? '',
            sheets: doc.adoptedStyleSheets.length,
            heading: doc.querySelector('h1')?.textContent ?? '',
          };
          win.dispatchEvent(new Event('afterprint'));
        },
      },
    );
    expect(done).to.equal(true);
    expect(printed).to.deep.equal({
      title: 'Jouw uitslag',
      lang: 'nl',
      text: 'Jouw uitslag <b>Veilig online: basis',
      sheets: 1,
      heading: 'Jouw uitslag <b>',
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.querySelectorAll('iframe').length).to.equal(before);
  });

  it('prints Arabic right to left, Dutch left to right', () => {
    const directions: string[] = [];
    for (const lang of ['ar', 'nl']) {
      printPage(
        { title: 'x', lang, css: '', build: (doc, body) => void appendText(doc, body, 'p', 'x') },
        {
          print: (win) => {
            directions.push(win.document.documentElement.dir);
            win.dispatchEvent(new Event('afterprint'));
          },
        },
      );
    }
    expect(directions).to.deep.equal(['rtl', 'ltr']);
  });
});
