import { LOCALES, toLocale, type Locale } from '../i18n/locale.js';

/** The languages a widget offers its visitor (`languages="nl en ar tr"`), as the webmaster wrote them. */
export interface OfferedLanguages {
  /** The languages we speak, in the attribute's order, each once. */
  readonly locales: readonly Locale[];
  /** The words that name no language we speak (`fr`, `dutch`), as written. */
  readonly unknown: readonly string[];
}

/**
 * Reads the `languages` attribute: codes separated by spaces or commas, case-insensitive,
 * regional variants counted as their language (`nl-NL` and `NL` are `nl`, as for `lang`).
 * A language named twice is offered once, where it first appears.
 */
export function parseLanguages(raw: string | null | undefined): OfferedLanguages {
  const locales: Locale[] = [];
  const unknown: string[] = [];
  for (const word of (raw ?? '').split(/[\s,]+/)) {
    if (!word) continue;
    const locale = toLocale(word);
    if (!locale) unknown.push(word);
    else if (!locales.includes(locale)) locales.push(locale);
  }
  return { locales, unknown };
}

/**
 * The webmaster's console warning for a `languages` value the widget cannot fully use,
 * or undefined when it is fine. Fewer than two languages we speak: no choice is shown.
 */
export function languagesWarning(tag: string, raw: string, { locales, unknown }: OfferedLanguages): string | undefined {
  const problems: string[] = [];
  if (unknown.length > 0) {
    const names = unknown.map((word) => `"${word}"`).join(', ');
    problems.push(`${names} ${unknown.length === 1 ? 'is not a language' : 'are not languages'} the widgets speak (${LOCALES.join(', ')}), so ${unknown.length === 1 ? 'it is' : 'they are'} left out`);
  }
  if (locales.length < 2) problems.push('a choice needs at least two languages the widgets speak, so none is shown');
  return problems.length > 0 ? `<${tag}>: languages="${raw}": ${problems.join('; ')}.` : undefined;
}
