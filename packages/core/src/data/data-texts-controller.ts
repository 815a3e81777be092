import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { DataTextsUrl } from './data-texts.js';

type Host = ReactiveControllerHost & { readonly locale: Locale };

/** Languages whose texts are in the data files themselves (see data-texts.ts). */
const IN_DATA: readonly Locale[] = ['nl', 'en'];

/**
 * The texts of a widget's embedded data in the widget's language, as a reactive
 * controller. A loader hands it the data it fetched from our data package with `use()` (the
 * latest load's data is the one kept up to date),
 * which resolves once the data speaks the widget's language (the first paint is in that
 * language); when the language changes later (the visitor's choice, `lang`), the data
 * gets the new language's texts and the widget renders again. Data from `src` is not
 * handed over: it carries its own languages.
 *
 * For Dutch and English nothing is loaded: the code that fetches and applies the other
 * languages' side files (data-texts.ts) arrives with the first visitor who needs it.
 */
export class DataTexts implements ReactiveController {
  private source: { data: object; url: DataTextsUrl } | undefined;
  private locale: Locale | undefined;

  /** `onTexts` runs after new texts arrived on a change of language (the host renders again anyway). */
  constructor(
    private readonly host: Host,
    private readonly onTexts?: () => void,
  ) {
    host.addController(this);
  }

  /** Resolves to `data` once it has its texts in the widget's language (or they could not be had). */
  async use<T extends object>(data: T, url: DataTextsUrl): Promise<T> {
    this.source = { data, url };
    await dataTextsFor(data, url, this.host.locale);
    return data;
  }

  hostUpdate(): void {
    const locale = this.host.locale;
    if (locale === this.locale) return;
    this.locale = locale;
    const source = this.source;
    if (!source) return;
    void dataTextsFor(source.data, source.url, locale).then((added) => {
      if (!added || this.source !== source) return;
      this.host.requestUpdate();
      this.onTexts?.();
    });
  }
}

/**
 * Gives embedded `data` its texts in `locale` from the side file at `url(locale)` (in
 * place); resolves true when texts were added. For Dutch and English it loads nothing;
 * it never rejects (without the side file the data shows in English or Dutch).
 */
export async function dataTextsFor(data: object, url: DataTextsUrl, locale: Locale): Promise<boolean> {
  if (IN_DATA.includes(locale)) return false;
  try {
    const { translateData } = await import('./data-texts.js');
    return await translateData(data, url, locale);
  } catch {
    // The code did not arrive (offline): the data shows in English or Dutch.
    return false;
  }
}
