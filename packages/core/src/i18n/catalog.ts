import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { joinStringsAndValues } from '@lit/localize/internal/str-tag.js';
import type { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LocaleModule, TemplateMap } from '@lit/localize/internal/types.js';
import { SOURCE_LOCALE, type Locale } from './locale.js';

/*
 * @lit/localize's runtime mode keeps one global locale per page, but two widgets on one
 * page may speak different languages (`lang` per element). So we install our own `msg`
 * implementation that looks up the locale of the element that is rendering right now:
 * every widget renders inside `withLocale()`. Strings stay extractable by lit-localize.
 */

type CatalogLoader = () => Promise<LocaleModule>;

const loaders = new Map<Locale, CatalogLoader[]>();
const merged = new Map<Locale, TemplateMap>();
const pending = new Map<Locale, Promise<void>>();
const ready = new Set<Locale>();
/** Counts registrations per locale, so a load that a newer catalog overtook knows it. */
const registrations = new Map<Locale, number>();
let active: Locale = SOURCE_LOCALE;

// The lookup code (message ids are hashes of the Dutch text) only matters for a
// translation, so it arrives with the first translation; Dutch needs none of it.
let translate: typeof runtimeMsg | undefined;

/** How many withLocale() calls are running: 0 means no widget said whose words these are. */
let depth = 0;

/**
 * Words asked for outside any widget's language (outside a render or `inLocale()`): they
 * come out in Dutch whatever the widget speaks. The tests read this; it stays empty.
 */
export const wordsOutsideLocale = new Set<string>();

_installMsgImplementation(((template: Parameters<typeof runtimeMsg>[1], options?: { id?: string }) => {
  if (!depth) wordsOutsideLocale.add(typeof template === 'object' && 'strTag' in template ? template.strings.join('…') : String(template));
  return active !== SOURCE_LOCALE && translate ? translate(merged.get(active), template, options) : sourceText(template);
}) as never);

/** The Dutch source as written: a str`` template joined with its values, else as it is. */
function sourceText(template: Parameters<typeof runtimeMsg>[1]) {
  return typeof template === 'object' && 'strTag' in template
    ? joinStringsAndValues(template.strings, template.values)
    : template;
}

/**
 * Registers one package's translations for a locale. Each widget package registers its
 * own generated catalog, so a page loads only the strings of the widgets it shows.
 */
export function registerCatalog(locale: Locale, load: CatalogLoader): void {
  const list = loaders.get(locale) ?? [];
  if (list.includes(load)) return;
  list.push(load);
  loaders.set(locale, list);
  registrations.set(locale, (registrations.get(locale) ?? 0) + 1);
  // A package that arrives later (another widget's chunk) needs its strings merged in too.
  ready.delete(locale);
  pending.delete(locale);
}

/** True when msg() can answer in the locale without waiting. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === SOURCE_LOCALE || ready.has(locale);
}

/** Loads every registered catalog for the locale (once); resolves when msg() can use it. */
export function loadLocale(locale: Locale): Promise<void> {
  if (isLocaleReady(locale)) return Promise.resolve();
  let done = pending.get(locale);
  if (!done) {
    const registered = registrations.get(locale) ?? 0;
    const lookup = import('@lit/localize/internal/runtime-msg.js').then((module) => {
      translate = module.runtimeMsg;
    });
    done = Promise.all([...(loaders.get(locale) ?? []).map((load) => load()), lookup]).then(
      (results): Promise<void> | void => {
        // Another widget's catalog arrived while these loaded: the locale is ready only
        // with it, or that widget would speak Dutch where its words are missing.
        if (registrations.get(locale) !== registered) return loadLocale(locale);
        const modules = results.filter((result): result is LocaleModule => Boolean(result));
        merged.set(locale, Object.assign({}, ...modules.map((m) => m.templates)));
        ready.add(locale);
      },
      (error: unknown) => {
        // A catalog chunk that fails to load must not break the widget: the caller falls
        // back to Dutch, and a later call may try again.
        pending.delete(locale);
        throw error;
      },
    );
    pending.set(locale, done);
  }
  return done;
}

/** Runs `render` with `msg()` answering in `locale`. Nested calls restore the outer one. */
export function withLocale<T>(locale: Locale, render: () => T): T {
  const outer = active;
  active = locale;
  depth++;
  try {
    return render();
  } finally {
    active = outer;
    depth--;
  }
}
