import { expect } from '@open-wc/testing';
import { loadCatalogs, scoreCheck, translator, type CheckResult, type Locale, type QuestionSet } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import '../index.js';
import { printResult } from './result-view.js';
import { translucent } from '@digivaardig/core';
import '../../../../test/support/locale-guard.js';

const SET = digiq as unknown as QuestionSet;

/** Prints through the real frame, and hands back the printed document's text and list items. */
function printed(result: CheckResult, locale: Locale, coursePage: string | undefined) {
  let page: { text: string; items: string[]; lang: string; title: string } | undefined;
  const done = printResult(translator(locale), SET, result, coursePage, {
    print: (win) => {
      const doc = win.document;
      page = {
        text: doc.body.textContent ?? '',
        items: [...doc.querySelectorAll('li')].map((item) => item.textContent ?? ''),
        lang: doc.documentElement.lang,
        title: doc.title,
      };
    },
  });
  expect(done).to.equal(true);
  return page!;
}

describe('printResult', () => {
  // The English words arrive with the catalog, as they do when an element speaks English.
  before(() => loadCatalogs('en'));

  it('prints in the visitor’s language, with links to the course finder written out in full', () => {
    const answers = Object.fromEntries(
      digiq.areas.find((area) => area.id === 'health')!.questions.map((question) => [question.id, 'with-help']),
    );
    const page = printed(scoreCheck(SET, answers, 'health'), 'en', 'https://bieb.example/cursussen');
    expect(page.lang).to.equal('en');
    expect(page.title).to.equal('Your result – How digitally skilled are you?');
    expect(page.text).to.contain('This is where you can learn the most: Staying healthy online.');
    expect(page.text).to.contain('Level: Beginner (33 out of 100)');
    expect(page.items).to.deep.equal([
      'Tips for healthy screen use from Netwerk Mediawijsheid (in Dutch): https://netwerkmediawijsheid.nl/',
      'Practise at your own pace with Klik & Tik (in Dutch): https://oefenen.nl/programma/serie/klik_en_tik',
      'Find a course nearby: staying healthy online: https://bieb.example/cursussen#dv-course-finder?topics=health',
    ]);
  });

  it('says there is no level, and gives no praise, for an area with only "Weet ik niet"', () => {
    const answers = Object.fromEntries(
      digiq.areas.find((area) => area.id === 'ai')!.questions.map((question) => [question.id, 'dont-know']),
    );
    const page = printed(scoreCheck(SET, answers, 'ai'), 'nl', undefined);
    expect(page.text).to.contain('Er is nog geen uitslag.');
    expect(page.text).to.contain('Geen niveau.');
    expect(page.text).not.to.contain('Goed gedaan');
    expect(page.items).to.deep.equal(['Leer gratis wat AI is met de Nationale AI-cursus: https://www.ai-cursus.nl/']);
  });
});

describe('translucent', () => {
  it('makes any CSS colour see-through, as the browser resolves it', () => {
    const scope = document.createElement('div');
    scope.style.color = '#003366';
    document.body.append(scope);
    try {
      expect(translucent('rebeccapurple', 0.2, scope)).to.equal('rgba(102, 51, 153, 0.2)');
      expect(translucent('#036', 0.2, scope)).to.equal('rgba(0, 51, 102, 0.2)');
      expect(translucent('rgb(0 51 102 / 0.5)', 0.4, scope)).to.equal('rgba(0, 51, 102, 0.2)');
      expect(translucent('hsl(270 50% 40%)', 0.2, scope)).to.equal('rgba(102, 51, 153, 0.2)');
      expect(translucent('currentColor', 0.2, scope)).to.equal('rgba(0, 51, 102, 0.2)');
      const oklch = translucent('oklch(0.5 0.15 300)', 0.2, scope);
      expect(oklch).to.match(/^rgba\(\d+, \d+, \d+, 0\.2\)$/);
      expect(translucent('not a colour', 0.2, scope)).to.equal('transparent');
      expect(scope.children.length, 'the probe is removed').to.equal(0);
    } finally {
      scope.remove();
    }
  });
});
