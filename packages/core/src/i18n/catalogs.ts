import type { LocaleModule, TemplateMap } from '@lit/localize';
import type { Locale } from './locale.js';

/*
 * The translations of every widget package, per locale. Each package registers the
 * dynamic imports of its generated catalogues (src/generated/locales/<locale>.ts); a locale
 * loads on demand, when the first widget speaking it renders, so a Dutch page loads none.
 */

export type CatalogLoader = () => Promise<LocaleModule>;

const loaders = new Map<Locale, CatalogLoader[]>();
const merged = new Map<Locale, TemplateMap>();
const pending = new Map<Locale, Promise<void>>();
/** Counts registrations per locale, so a load that a newer catalogue overtook knows it. */
const registrations = new Map<Locale, number>();

/** Registers one package's catalogue loaders, one per target locale. */
export function registerCatalogs(catalogs: Partial<Record<Locale, CatalogLoader>>): void {
  for (const [locale, load] of Object.entries(catalogs) as [Locale, CatalogLoader][]) {
    const list = loaders.get(locale) ?? [];
    if (list.includes(load)) continue;
    list.push(load);
    loaders.set(locale, list);
    registrations.set(locale, (registrations.get(locale) ?? 0) + 1);
    // A package that arrives later (another widget's chunk) needs its strings merged in too.
    merged.delete(locale);
    pending.delete(locale);
  }
}

/** The merged translations of a locale, once loaded; undefined before (and for Dutch). */
export function catalogOf(locale: Locale): TemplateMap | undefined {
  return merged.get(locale);
}

/** True when the locale's catalogues are in (Dutch, the source, needs none). */
export function isCatalogReady(locale: Locale): boolean {
  return !loaders.has(locale) || merged.has(locale);
}

/** Loads every registered catalogue of the locale (once); resolves when they are merged. */
export function loadCatalogs(locale: Locale): Promise<void> {
  if (isCatalogReady(locale)) return Promise.resolve();
  let done = pending.get(locale);
  if (!done) {
    const registered = registrations.get(locale);
    done = Promise.all((loaders.get(locale) ?? []).map((load) => load())).then(
      (modules): Promise<void> | void => {
        // Another widget's catalogue arrived while these loaded: the locale is ready only
        // with it, or that widget would miss its words.
        if (registrations.get(locale) !== registered) return loadCatalogs(locale);
        merged.set(locale, Object.assign({}, ...modules.map((module) => module.templates)));
      },
      (error: unknown) => {
        // A chunk that fails must not break the widget: the caller falls back, and a later
        // call may try again.
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, done);
  }
  return done;
}
