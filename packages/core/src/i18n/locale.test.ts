import { describe, expect, it } from 'vitest';
import { LOCALES, resolveLocale, SOURCE_LOCALE, toLocale } from './locale.js';

describe('LOCALES', () => {
  it('are Dutch (the source), English, Arabic, Turkish, Polish and Ukrainian', () => {
    expect([...LOCALES]).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
    expect(SOURCE_LOCALE).toBe('nl');
  });
});

describe('toLocale', () => {
  it('maps regional variants to the language', () => {
    expect(toLocale('en-GB')).toBe('en');
    expect(toLocale('en-US')).toBe('en');
    expect(toLocale('nl-NL')).toBe('nl');
    expect(toLocale('nl-BE')).toBe('nl');
  });

  it('ignores case, underscores and white space', () => {
    expect(toLocale('NL')).toBe('nl');
    expect(toLocale('EN')).toBe('en');
    expect(toLocale('nl_BE')).toBe('nl');
    expect(toLocale('en_gb')).toBe('en');
    expect(toLocale(' en ')).toBe('en');
  });

  it('accepts longer tags with script or private subtags', () => {
    expect(toLocale('nl-Latn-NL')).toBe('nl');
    expect(toLocale('en-x-simple')).toBe('en');
  });

  it('is undefined for languages the widgets do not speak', () => {
    for (const tag of ['fr', 'de-DE', 'fy', 'eng', 'english', 'nederlands', 'nld']) {
      expect(toLocale(tag), tag).toBeUndefined();
    }
  });

  it('is undefined for nothing', () => {
    expect(toLocale(null)).toBeUndefined();
    expect(toLocale(undefined)).toBeUndefined();
    expect(toLocale('')).toBeUndefined();
    expect(toLocale('   ')).toBeUndefined();
    expect(toLocale('-')).toBeUndefined();
  });
});

describe('resolveLocale', () => {
  it('uses the widget’s own lang first', () => {
    expect(resolveLocale('en', 'nl')).toEqual({ locale: 'en', invalid: false });
    expect(resolveLocale('nl', 'en')).toEqual({ locale: 'nl', invalid: false });
    expect(resolveLocale('en-GB', null)).toEqual({ locale: 'en', invalid: false });
    expect(resolveLocale('NL', 'en-US')).toEqual({ locale: 'nl', invalid: false });
  });

  it('falls back to the page language when the widget has none', () => {
    expect(resolveLocale(null, 'en')).toEqual({ locale: 'en', invalid: false });
    expect(resolveLocale(undefined, 'en-GB')).toEqual({ locale: 'en', invalid: false });
    expect(resolveLocale('', 'en')).toEqual({ locale: 'en', invalid: false });
    expect(resolveLocale(null, 'nl_BE')).toEqual({ locale: 'nl', invalid: false });
  });

  it('falls back to Dutch when neither says anything', () => {
    expect(resolveLocale(null, null)).toEqual({ locale: 'nl', invalid: false });
    expect(resolveLocale(undefined, '')).toEqual({ locale: 'nl', invalid: false });
  });

  it('uses Dutch, quietly, when the page is in a language the widgets do not speak', () => {
    // A French page is the webmaster's choice, not a mistake in the widget's attribute.
    expect(resolveLocale(null, 'fr')).toEqual({ locale: 'nl', invalid: false });
    expect(resolveLocale(undefined, 'de-DE')).toEqual({ locale: 'nl', invalid: false });
  });

  it('reports an unknown language on the widget itself, so the webmaster is warned', () => {
    expect(resolveLocale('fr', null)).toEqual({ locale: 'nl', invalid: true });
    expect(resolveLocale('fr', 'nl')).toEqual({ locale: 'nl', invalid: true });
    expect(resolveLocale('english', 'nl').invalid).toBe(true);
  });
});
