import { describe, expect, it } from 'vitest';
import { str } from '@lit/localize';
import { loadCatalogs, registerCatalogs } from './catalogs.js';
import { translator } from './translator.js';
import type { Locale } from './locale.js';

// Arabic and Polish before LOCALES has them.
const AR = 'ar' as Locale;
const PL = 'pl' as Locale;
const UK = 'uk' as Locale;

// Test catalogues, registered as a package registers its generated ones.
registerCatalogs({
  [UK]: () =>
    Promise.resolve({
      templates: {
        'test.seats.one': 'ще 1 місце',
        'test.seats.other': str`ще ${0} місць`,
        'test.found.one': str`Знайдено 1 курс, ${0}.`,
        'test.found.other': str`Знайдено курсів: ${0}, ${1}.`,
      },
    }),
});
registerCatalogs({
  en: () =>
    Promise.resolve({
      templates: {
        'test.source': 'Source',
        'test.near': str`${0} locations near ${1}`,
        'test.only-en': 'Only in English',
        'test.count.one': str`${0} location`,
        'test.count.other': str`${0} locations`,
      },
    }),
  [AR]: () =>
    Promise.resolve({
      templates: {
        'test.source': 'المصدر',
        'test.near': str`قرب ${1}: ${0}`,
        'test.count.zero': 'لا مواقع',
        'test.count.one': 'موقع واحد',
        'test.count.two': 'موقعان',
        'test.count.few': str`${0} مواقع`,
        'test.count.many': str`${0} موقعًا`,
        'test.count.other': str`${0} موقع`,
      },
    }),
});

const count = (t: ReturnType<typeof translator>, n: number) =>
  t.plural(n, {
    one: () => t.msg(str`${n} locatie`, { id: 'test.count.one' }),
    other: () => t.msg(str`${n} locaties`, { id: 'test.count.other' }),
  });

describe('translator', () => {
  it('answers from the locale’s catalogue by id, with the source values in the translation’s order', async () => {
    await Promise.all([loadCatalogs('en'), loadCatalogs(AR)]);
    const en = translator('en');
    expect(en.msg('Bron', { id: 'test.source' })).toBe('Source');
    expect(en.msg(str`${3} locaties dicht bij ${'Utrecht'}`, { id: 'test.near' })).toBe('3 locations near Utrecht');
    expect(translator(AR).msg(str`${3} locaties dicht bij ${'Utrecht'}`, { id: 'test.near' })).toBe('قرب Utrecht: 3');
  });

  it('falls back to English, then to the Dutch source', async () => {
    await Promise.all([loadCatalogs('en'), loadCatalogs(AR)]);
    const ar = translator(AR);
    expect(ar.msg('Alleen Engels', { id: 'test.only-en' })).toBe('Only in English');
    expect(ar.msg(str`Nergens ${1}`, { id: 'test.nowhere' })).toBe('Nergens 1');
    expect(translator('nl').msg('Bron', { id: 'test.source' })).toBe('Bron');
  });

  it('lets the webmaster’s texts win over the catalogues', async () => {
    await loadCatalogs('en');
    const en = translator('en', () => ({ 'test.source': 'Where it comes from' }));
    expect(en.msg('Bron', { id: 'test.source' })).toBe('Where it comes from');
    const nl = translator('nl', () => ({ 'test.source': 'Herkomst' }));
    expect(nl.msg('Bron', { id: 'test.source' })).toBe('Herkomst');
  });

  it('says which way the language is written', () => {
    expect(translator(AR).dir).toBe('rtl');
    expect(translator('en').dir).toBe('ltr');
    expect(translator('nl').dir).toBe('ltr');
  });
});

describe('plural', () => {
  it('has "1 locatie" and "2 locaties" in Dutch', () => {
    const nl = translator('nl');
    expect([0, 1, 2, 21].map((n) => count(nl, n))).toEqual(['0 locaties', '1 locatie', '2 locaties', '21 locaties']);
  });

  it('has "1 location" and "2 locations" in English', async () => {
    await loadCatalogs('en');
    const en = translator('en');
    expect([0, 1, 2, 21].map((n) => count(en, n))).toEqual(['0 locations', '1 location', '2 locations', '21 locations']);
  });

  it('has all six Arabic forms, categories Dutch does not have included', async () => {
    await loadCatalogs(AR);
    const ar = translator(AR);
    expect([0, 1, 2, 3, 11, 100].map((n) => count(ar, n))).toEqual([
      'لا مواقع', // zero
      'موقع واحد', // one
      'موقعان', // two
      '3 مواقع', // few
      '11 موقعًا', // many
      '100 موقع', // other
    ]);
  });

  it('never shows a literal "1" for another number that a language counts as one (Ukrainian 21)', async () => {
    await loadCatalogs(UK);
    const uk = translator(UK);
    const seats = (n: number) =>
      uk.plural(n, {
        one: () => uk.msg('nog 1 plek vrij', { id: 'test.seats.one' }),
        other: () => uk.msg(str`nog ${n} plekken vrij`, { id: 'test.seats.other' }),
      });
    expect(seats(1)).toBe('ще 1 місце');
    expect(seats(21)).toBe('ще 21 місць');
    // Also when the one-form has other values: it writes "1" itself, so 21 takes `other`.
    const found = (n: number) =>
      uk.plural(n, {
        one: () => uk.msg(str`1 cursus gevonden, ${'нові'}.`, { id: 'test.found.one' }),
        other: () => uk.msg(str`${n} cursussen gevonden, ${'нові'}.`, { id: 'test.found.other' }),
      });
    expect(found(1)).toBe('Знайдено 1 курс, нові.');
    expect(found(21)).toBe('Знайдено курсів: 21, нові.');
  });

  it('falls back to English with English’s own category when the locale lacks the message', async () => {
    await loadCatalogs('en');
    const tr = translator(PL);
    expect(count(tr, 1)).toBe('1 location');
    expect(count(tr, 5)).toBe('5 locations');
  });
});
