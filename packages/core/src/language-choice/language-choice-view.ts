import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { dispatchDvEvent } from '../base/events.js';
import { loadCatalogs } from '../i18n/catalogs.js';
import { fallbackChain } from '../i18n/fallback.js';
import type { Locale } from '../i18n/locale.js';
import type { LocalizeController } from '../i18n/localize-controller.js';
import { directionOf } from '../i18n/translator.js';
import { adoptStyles } from '../styles/adopt.js';
import { languagesWarning, parseLanguages } from './languages.js';

/*
 * The visitor's language choice (`languages="nl en ar tr"`). This module, its styles and
 * its words arrive only on a page whose widget has the attribute (DvElement imports it
 * then): a widget without it loads none of it. The choice becomes the widget's `lang`
 * (the property reflects to the attribute), so it wins over the `lang` around the widget,
 * and every part that follows the widget's
 * language (words, plurals, numbers and dates, direction, data texts, the read-aloud
 * voice, the cards of a grid) follows it by the same road.
 */

/** Each language by its own name, so a visitor finds theirs without reading the widget's. */
export const AUTONYMS: Record<Locale, string> = {
  nl: 'Nederlands',
  en: 'English',
  ar: 'العربية',
  tr: 'Türkçe',
  pl: 'Polski',
  uk: 'Українська',
};

export const languageChoiceStyles = css`
  .language-choice {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0 0 var(--_space);
  }
  .language-choice label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .language-choice svg {
    fill: currentColor;
    flex: none;
  }
  .language-choice select {
    font: inherit;
    min-height: 2.75em;
    max-width: 100%;
    padding: 0.375em 0.625em;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media print {
    .language-choice {
      display: none;
    }
  }
`;

const globe = svg`<path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.3 6.7 8 8zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6zm1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4z"/>`;

/** The `languages` value each widget was last warned about, so a webmaster reads it once. */
const warned = new WeakMap<HTMLElement, string>();
/** Each widget's language before its visitor's first choice: the way back, always offered. */
const before = new WeakMap<HTMLElement, Locale>();

/** The widget (DvElement) the control sits in. */
export interface LanguageChoiceHost extends HTMLElement {
  readonly languages: string;
  readonly t: LocalizeController;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/**
 * The languages the control offers: the attribute's, in its order, and first the
 * widget's own language (as it was before the visitor chose) when the attribute left it
 * out, so the visitor can always go back. Empty when fewer than two usable languages
 * were named.
 */
export function offeredLanguages(host: LanguageChoiceHost): Locale[] {
  const { locales } = parseLanguages(host.languages);
  if (locales.length < 2) return [];
  const own = before.get(host) ?? host.t.locale;
  return locales.includes(own) ? [...locales] : [own, ...locales];
}

/**
 * The control: "Taal" with a native select of the offered languages, each in its own name
 * (with its `lang` and `dir`, so a screen reader says it right). Choosing loads the new
 * language's words first, so the widget switches in one go (no loading state: what the
 * visitor did stays, and the focus stays on the select); then it becomes the widget's
 * `lang` and the widget fires `dv-language-change`. Nothing is stored. Shown once the
 * words of the widget's language are in, so "Taal" never shows in another language.
 */
export function languageChoice(host: LanguageChoiceHost): TemplateResult | typeof nothing {
  const { t } = host;
  const raw = host.languages;
  if (!raw.trim() || !t.ready) return nothing;
  const warning = languagesWarning(host.localName, raw, parseLanguages(raw));
  if (warning && warned.get(host) !== raw) {
    warned.set(host, raw);
    console.warn(warning);
  }
  const offered = offeredLanguages(host);
  if (offered.length === 0) return nothing;
  adoptStyles(host, languageChoiceStyles);
  const current = t.locale;
  const change = async (event: Event) => {
    const locale = (event.target as HTMLSelectElement).value as Locale;
    if (!before.has(host)) before.set(host, current);
    // A catalogue that fails to come is no reason to refuse: the widget falls back as for `lang`.
    await Promise.all(fallbackChain(locale).map((each) => loadCatalogs(each))).catch(() => undefined);
    host.lang = locale;
    await host.updateComplete;
    dispatchDvEvent(host, 'dv-language-change', { locale });
  };
  return html`<div class="language-choice" part="language-choice">
    <label for="dv-language">
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">${globe}</svg>
      <span>${t.msg('Taal', { id: 'core.language.label' })}</span>
    </label>
    <select id="dv-language" part="language-select" @change=${change}>
      ${offered.map(
        (locale) => html`<option value=${locale} lang=${locale} dir=${directionOf(locale)} .selected=${locale === current}>${AUTONYMS[locale]}</option>`,
      )}
    </select>
  </div>`;
}
