import { expect } from '@open-wc/testing';
import { wordsOutsideLocale } from '@digivaardig/core';

/*
 * Imported by every element test file: after each test, no widget may have asked for
 * words outside its own language (outside a render or `inLocale()`), or an English
 * widget would show them in Dutch. Root-level hooks: they run around every test here.
 */
beforeEach(() => wordsOutsideLocale.clear());
afterEach(() => {
  expect([...wordsOutsideLocale].join(' | '), 'words asked for outside the widget’s language').to.equal('');
});
