import { expect } from '@open-wc/testing';

/*
 * Imported by every element test file. Words cannot come out in another widget's language
 * (views get the element's `t`); this checks, after each test, that every widget still on
 * the page marks its content with the language and direction it speaks (`lang` and `dir`
 * on its base), so screen readers and the browser's text layout follow the words.
 */
afterEach(() => {
  const wrong: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    const t = (element as { t?: { locale?: string; dir?: string } }).t;
    const base = element.shadowRoot?.querySelector('[part="base"]');
    if (!t?.locale || !base) continue;
    if (base.getAttribute('lang') !== t.locale || base.getAttribute('dir') !== t.dir) {
      wrong.push(`<${element.localName}> speaks ${t.locale} (${t.dir}) but its base says ${base.getAttribute('lang')} (${base.getAttribute('dir')})`);
    }
  }
  expect(wrong.join(' | '), 'widgets whose base is marked with another language').to.equal('');
});
