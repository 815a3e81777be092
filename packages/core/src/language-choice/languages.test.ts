import { describe, expect, it } from 'vitest';
import { languagesWarning, parseLanguages } from './languages.js';

describe('parseLanguages', () => {
  it('keeps the attribute’s order', () => {
    expect(parseLanguages('nl en ar tr').locales).toEqual(['nl', 'en', 'ar', 'tr']);
    expect(parseLanguages('uk pl nl').locales).toEqual(['uk', 'pl', 'nl']);
  });

  it('reads codes in any case, with regions, separated by spaces or commas', () => {
    expect(parseLanguages('  NL-nl,en_GB ,  AR\ttr\npl-PL ').locales).toEqual(['nl', 'en', 'ar', 'tr', 'pl']);
  });

  it('offers a language named twice once, where it first appears', () => {
    expect(parseLanguages('en nl en-GB NL-BE')).toEqual({ locales: ['en', 'nl'], unknown: [] });
  });

  it('leaves out codes of languages the widgets do not speak, and says which', () => {
    expect(parseLanguages('nl fr en dutch')).toEqual({ locales: ['nl', 'en'], unknown: ['fr', 'dutch'] });
  });

  it('finds nothing in an empty or absent value', () => {
    for (const raw of ['', '   ', ' , ', null, undefined]) expect(parseLanguages(raw)).toEqual({ locales: [], unknown: [] });
  });
});

describe('languagesWarning', () => {
  const warn = (raw: string) => languagesWarning('dv-self-check', raw, parseLanguages(raw));

  it('says nothing about a usable value', () => {
    expect(warn('nl en')).toBeUndefined();
    expect(warn('nl en ar tr pl uk')).toBeUndefined();
  });

  it('names an unknown code and the languages there are, and keeps the choice', () => {
    expect(warn('nl fr en')).toBe(
      '<dv-self-check>: languages="nl fr en": "fr" is not a language the widgets speak (nl, en, ar, tr, pl, uk), so it is left out.',
    );
    expect(warn('nl fr de en')).toContain('"fr", "de" are not languages the widgets speak');
  });

  it('says that one language makes no choice', () => {
    expect(warn('nl')).toBe('<dv-self-check>: languages="nl": a choice needs at least two languages the widgets speak, so none is shown.');
    expect(warn('nl-NL NL')).toContain('at least two languages');
    expect(warn('fr en')).toBe(
      '<dv-self-check>: languages="fr en": "fr" is not a language the widgets speak (nl, en, ar, tr, pl, uk), so it is left out; a choice needs at least two languages the widgets speak, so none is shown.',
    );
  });
});
