import type { StrResult, TemplateLike } from '@lit/localize';
import type { TemplateResult } from 'lit';

/*
 * Fills a translated template with the values of the source template (pure). A translated
 * `str` template holds `${0}`, `${1}` … where the source had its expressions: the number is
 * the index of the source value, since a translation may move them around.
 */

const isStr = (template: TemplateLike): template is StrResult => typeof template === 'object' && 'strTag' in template;

/** Joins a str`` result's strings with its values, or with `order`'s picks of them. */
export function joinStr(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    text += String(values[order ? Number(order[i - 1]) : i - 1]) + strings[i];
  }
  return text;
}

/** The source text (Dutch) of a template: a str`` result joined with its values. */
export function sourceText(template: TemplateLike): string | TemplateResult {
  return isStr(template) ? joinStr(template.strings, template.values) : template;
}

/** `localized` (a catalogue entry) filled with the values of `source`, the template in the code. */
export function fill(localized: TemplateLike, source: TemplateLike): string | TemplateResult {
  if (typeof localized === 'string') return localized;
  const values = typeof source === 'string' ? [] : source.values;
  if (isStr(localized)) return joinStr(localized.strings, values, localized.values);
  return { ...localized, values: localized.values.map((index) => values[Number(index)]) };
}
