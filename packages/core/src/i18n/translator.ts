import type { msg, MsgOptions, TemplateLike, TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';
import { catalogOf } from './catalogs.js';
import { fallbackChain } from './fallback.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';
import { fitsCount, pickPlural, pluralCategory, type CapturedForm, type PluralCategory, type PluralForms } from './plural.js';
import { fill, sourceText } from './template.js';

/** Right-to-left locales. */
const RTL: ReadonlySet<string> = new Set(['ar']);

/**
 * Everything a view needs to speak one language: the element's `t`. Views take it as a
 * parameter, so a word cannot come out in another widget's language.
 */
export interface Localize {
  /** The language spoken. */
  readonly locale: Locale;
  /** The writing direction of that language. */
  readonly dir: 'ltr' | 'rtl';
  /**
   * Looks up a message by its id in the locale's catalogue, then English, then the Dutch
   * source. Typed as @lit/localize's `msg`, so `pnpm i18n:extract` finds `t.msg()` calls.
   */
  readonly msg: typeof msg;
  /** The form of a count message for `n` in this language (`Intl.PluralRules`). */
  plural(n: number, forms: PluralForms): string;
}

/** One place a message can come from: a webmaster's texts or a locale's catalogue. */
export interface Layer {
  locale: Locale;
  templates: TemplateMap;
}

/** The direction of a locale's script. */
export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/**
 * A `Localize` for `locale`, reading the catalogues as they are when a word is asked for.
 * `overrides` are the webmaster's texts for this locale (they win over the catalogues).
 */
export function translator(locale: Locale, overrides: () => TemplateMap | undefined = () => undefined): Localize {
  const layers = (): Layer[] => {
    const list: Layer[] = [];
    const own = overrides();
    if (own) list.push({ locale, templates: own });
    for (const each of fallbackChain(locale)) {
      const templates = catalogOf(each);
      if (templates) list.push({ locale: each, templates });
    }
    return list;
  };
  // While plural() collects its forms, msg() records them instead of translating.
  let capture: CapturedForm[] | undefined;

  const translate = (template: TemplateLike, options?: MsgOptions): string | TemplateResult => {
    const id = options?.id;
    if (capture) {
      if (id) capture.push({ id, template });
      return '';
    }
    if (id) {
      for (const { templates } of layers()) {
        const localized = templates[id];
        if (localized !== undefined) return fill(localized, template);
      }
    }
    return sourceText(template);
  };

  return {
    locale,
    dir: directionOf(locale),
    msg: translate as typeof msg,
    plural(n, forms) {
      const captured: Partial<Record<PluralCategory, CapturedForm>> = {};
      for (const [category, form] of Object.entries(forms) as [PluralCategory, () => string][]) {
        capture = [];
        try {
          form();
          if (capture[0]) captured[category] = capture[0];
        } finally {
          capture = undefined;
        }
      }
      const other = captured.other;
      if (!other) return forms.other();
      const found = pickPlural(n, { ...captured, other }, layers());
      if (found) return String(fill(found.localized, found.source.template));
      const category = pluralCategory(SOURCE_LOCALE, n);
      const source = (fitsCount(category, n, captured) && captured[category]) || other;
      return String(sourceText(source.template));
    },
  };
}
