import { loadCatalogs, registerCatalogs, translator, type Locale } from '@digivaardig/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogs } from '../generated/locales/index.js';
import { countText } from './result-list.js';

// Issue #13, "plurals that are right": the results line in each language's form of the
// count (Intl.PluralRules). Polish and Ukrainian have a form for 2–4 (few) and one for 5–20
// (many); a "one" that writes "1" itself is not used for 21, which Ukrainian counts as one.
beforeAll(async () => {
  registerCatalogs(catalogs);
  await Promise.all((['en', 'ar', 'tr', 'pl', 'uk'] as const).map((locale) => loadCatalogs(locale)));
});

const line = (locale: Locale, n: number) => countText(translator(locale), n, 'date');

describe('the results line counts in the form of each language', () => {
  it('Dutch and English: one and other', () => {
    expect([1, 2, 5].map((n) => line('nl', n))).toEqual([
      '1 cursus gevonden, eerstvolgende eerst.',
      '2 cursussen gevonden, eerstvolgende eerst.',
      '5 cursussen gevonden, eerstvolgende eerst.',
    ]);
    expect([1, 2].map((n) => line('en', n))).toEqual(['1 course found, soonest first.', '2 courses found, soonest first.']);
  });

  it('Polish: 1 kurs, 2–4 and 22 kursy, 5 and 12 kursów', () => {
    expect(line('pl', 1)).toMatch(/^Znaleziono 1 kurs, /);
    expect(line('pl', 2)).toMatch(/^Znaleziono 2 kursy, /);
    expect(line('pl', 22)).toMatch(/^Znaleziono 22 kursy, /);
    expect(line('pl', 5)).toMatch(/^Znaleziono 5 kursów, /);
    expect(line('pl', 12)).toMatch(/^Znaleziono 12 kursów, /);
  });

  it('Ukrainian: 1 курс, 2 курси, 5 курсів; 21 (a "one" in Ukrainian) keeps its number', () => {
    expect(line('uk', 1)).toMatch(/^Знайдено 1 курс, /);
    expect(line('uk', 3)).toMatch(/^Знайдено 3 курси, /);
    expect(line('uk', 5)).toMatch(/^Знайдено 5 курсів, /);
    expect(line('uk', 21)).toContain('21');
  });

  it('Arabic and Turkish: the count shows for every category (Arabic says one and two in words)', () => {
    expect(line('ar', 1)).toMatch(/دورة واحدة/);
    for (const n of [3, 11, 100]) expect(line('ar', n)).toContain(String(n));
    for (const n of [1, 2, 5, 21]) expect(line('tr', n)).toContain(String(n));
  });
});
