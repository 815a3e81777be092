import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { msg, TemplateMap } from '@lit/localize';
import { isCatalogReady, loadCatalogs } from './catalogs.js';
import { fallbackChain } from './fallback.js';
import { langOf } from './lang-of.js';
import { watchLang } from './lang-watch.js';
import { resolveLocale, type Locale } from './locale.js';
import type { PluralForms } from './plural.js';
import { translator, type Localize } from './translator.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface LocalizeOptions {
  /** The webmaster's texts for a locale (ids → text); they win over the catalogues. */
  overrides?: (locale: Locale) => TemplateMap | undefined;
}

/**
 * The language of one element, as a reactive controller: the element's own `lang`, else
 * the nearest ancestor's (crossing shadow roots), else `<html lang>`, else Dutch. The host
 * renders again when that changes and when its catalogues arrive (loaded on demand).
 * The element hands it (as `t`) to its views: `t.msg('…', { id: 'pkg.area.name' })`.
 */
export class LocalizeController implements ReactiveController, Localize {
  private current: Localize | undefined;
  private stop: (() => void) | undefined;
  private readonly failed = new Set<Locale>();

  constructor(
    private readonly host: Host,
    private readonly options: LocalizeOptions = {},
  ) {
    host.addController(this);
  }

  /** The language spoken now. */
  get locale(): Locale {
    return this.refresh().locale;
  }

  /** 'rtl' for Arabic, else 'ltr'. */
  get dir(): 'ltr' | 'rtl' {
    return this.refresh().dir;
  }

  /** True when the element's own `lang` names a language we do not have. */
  get invalid(): boolean {
    return this.resolve().invalid;
  }

  /** True when the words of the language are in (or failed to come: then English or Dutch show). */
  get ready(): boolean {
    return fallbackChain(this.locale).every((locale) => isCatalogReady(locale) || this.failed.has(locale));
  }

  /** True when a catalogue of the language could not be loaded. */
  get loadFailed(): boolean {
    return fallbackChain(this.locale).some((locale) => this.failed.has(locale));
  }

  readonly msg = ((...args: Parameters<typeof msg>) => (this.refresh().msg as (...a: unknown[]) => unknown)(...args)) as typeof msg;

  plural(n: number, forms: PluralForms): string {
    return this.refresh().plural(n, forms);
  }

  /** Forgets the cached translator, e.g. after the webmaster's texts changed. */
  reset(): void {
    this.current = undefined;
  }

  hostConnected(): void {
    this.stop = watchLang(this.host, () => {
      if (this.current && this.resolve().locale !== this.current.locale) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  hostUpdate(): void {
    const locale = this.locale;
    for (const each of fallbackChain(locale)) {
      if (isCatalogReady(each) || this.failed.has(each)) continue;
      loadCatalogs(each).then(
        () => this.host.requestUpdate(),
        () => {
          this.failed.add(each);
          this.host.requestUpdate();
        },
      );
    }
  }

  private resolve() {
    const parent = this.host.parentNode;
    const inherited =
      parent instanceof ShadowRoot ? langOf(parent.host) : parent instanceof Element ? langOf(parent) : document.documentElement.lang;
    return resolveLocale(this.host.lang || this.host.getAttribute('lang'), inherited);
  }

  private refresh(): Localize {
    const { locale } = this.resolve();
    if (this.current?.locale !== locale) {
      const overrides = this.options.overrides;
      this.current = translator(locale, overrides && (() => overrides(locale)));
    }
    return this.current;
  }
}
