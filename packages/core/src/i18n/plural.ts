import type { TemplateLike, TemplateMap } from '@lit/localize';
import type { Locale } from './locale.js';

/** The CLDR plural categories (`Intl.PluralRules`); Dutch uses `one` and `other`. */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * The forms of a count message, each a function calling `t.msg()` with an id
 * `<base>.<category>` (e.g. `ido.results.count.one` / `.other`). A translation may carry
 * categories Dutch lacks (`<base>.few`); they are found by the base of `other`'s id.
 */
export type PluralForms = { other: () => string } & Partial<Record<PluralCategory, () => string>>;

const rules = new Map<Locale, Intl.PluralRules>();

/** The plural category of `n` in `locale` (`Intl.PluralRules`). */
export function pluralCategory(locale: Locale, n: number): PluralCategory {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(n);
}

/**
 * False for a `one` form whose Dutch source writes "1" itself ("nog 1 plek vrij", "1 cursus
 * gevonden, ${order}.") when `n` is not 1: Ukrainian, for one, counts 21 and 31 as `one`,
 * and "1 plek" would be wrong there.
 */
export function fitsCount(category: PluralCategory, n: number, forms: Partial<Record<PluralCategory, CapturedForm>>): boolean {
  const one = forms.one?.template;
  if (category !== 'one' || n === 1 || one === undefined) return true;
  return !/\b1\b/.test(typeof one === 'string' ? one : one.strings.join(' '));
}

/** One form as written in the code: its id and source template (captured from msg()). */
export interface CapturedForm {
  id: string;
  template: TemplateLike;
}

/**
 * The catalogue entry (and the source form whose values fill it) for `n`: in each layer
 * (overrides and catalogue of a locale, in fallback order) the locale's own category,
 * then `other`. Undefined: use the Dutch source.
 */
export function pickPlural(
  n: number,
  forms: Partial<Record<PluralCategory, CapturedForm>> & { other: CapturedForm },
  layers: readonly { locale: Locale; templates: TemplateMap }[],
): { localized: TemplateLike; source: CapturedForm } | undefined {
  const base = forms.other.id.replace(/\.other$/, '');
  for (const { locale, templates } of layers) {
    const category = pluralCategory(locale, n);
    for (const pick of [category, 'other'] as const) {
      if (!fitsCount(pick, n, forms)) continue;
      const localized = templates[`${base}.${pick}`];
      // A form the source has gives its own values (`one` may have fewer than `other`).
      if (localized !== undefined) return { localized, source: forms[pick] ?? forms.other };
    }
  }
  return undefined;
}
