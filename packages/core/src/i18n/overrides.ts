import type { TemplateMap } from '@lit/localize';
import type { Locale } from './locale.js';

/*
 * The webmaster's own words: `{ "nl": { "<id>": "text" }, "en": { … } }`, from
 * `<script type="application/json" data-dv-texts>` blocks in the page (read once, when a
 * widget first asks; several merge in document order) and a widget's `texts` attribute
 * or property (wins over the page). A text with values marks them `{0}`, `{1}` … in the
 * order of the Dutch source. An id we do not have is never asked for, so it does nothing.
 */

/** Texts per locale, per id. */
export type Texts = Partial<Record<string, Record<string, unknown>>>;

let page: Texts | undefined;

/** `raw` (JSON or an object) as texts; bad JSON calls `warn` and gives none. */
export function readTexts(raw: unknown, warn: (raw: unknown) => void): Texts {
  try {
    const value: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    if (value && typeof value === 'object') return value as Texts;
  } catch {
    /* warned below */
  }
  if (raw) warn(raw);
  return {};
}

/** The page's texts, read from its `script[data-dv-texts]` blocks on the first call. */
export function pageTexts(warn: (raw: unknown) => void): Texts {
  if (!page) {
    page = {};
    for (const script of document.querySelectorAll('script[data-dv-texts]')) {
      for (const [locale, ids] of Object.entries(readTexts(script.textContent, warn))) page[locale] = { ...page[locale], ...ids };
    }
  }
  return page;
}

/** Forgets the page's texts, so the next call reads the scripts again (tests, a CMS preview). */
export function forgetPageTexts(): void {
  page = undefined;
}

/** A text as a template: `{0}` becomes the source's first value (as a str`` result would). */
export function toTemplate(text: string): TemplateMap[string] {
  const parts = text.split(/\{(\d+)\}/);
  if (parts.length === 1) return text;
  return { strTag: true, strings: parts.filter((_, i) => i % 2 === 0), values: parts.filter((_, i) => i % 2) } as unknown as TemplateMap[string];
}

/** The locale's templates from the page's and the element's texts (the element's win). */
export function overridesFor(locale: Locale, ...layers: Texts[]): TemplateMap | undefined {
  let map: TemplateMap | undefined;
  for (const texts of layers) {
    for (const [id, text] of Object.entries(texts[locale] ?? {})) {
      if (typeof text === 'string') (map ??= {})[id] = toTemplate(text);
    }
  }
  return map;
}

const kept = new WeakMap<object, [unknown, Locale, TemplateMap | undefined]>();

/** The element the words are for: its `texts`, and how it warns the webmaster (once). */
interface Host {
  texts: unknown;
  warnOnce(attribute: string, raw: unknown, fallback: unknown): void;
}

/**
 * An element's overrides for `locale`: the page's texts with its own `texts` over them,
 * kept until `texts` or the locale change.
 */
export function ownWords(element: object, locale: Locale): TemplateMap | undefined {
  const host = element as Host;
  const texts = host.texts;
  let words = kept.get(host);
  if (!words || words[0] !== texts || words[1] !== locale) {
    const page = pageTexts((raw) => host.warnOnce('script[data-dv-texts]', raw, ''));
    words = [texts, locale, overridesFor(locale, page, readTexts(texts, (raw) => host.warnOnce('texts', raw, '')))];
    kept.set(host, words);
  }
  return words[2];
}
