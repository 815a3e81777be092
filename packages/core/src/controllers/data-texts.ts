import type { ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/locale.js';
import type { DataTextsUrl } from '../data/data-texts.js';

/*
 * The texts of our embedded data in a widget's language. Dutch and English are in the
 * data; Arabic, Turkish, Polish and Ukrainian are in a side file beside each data file,
 * fetched only for a visitor in that language (data/data-texts.ts, which arrives only
 * then too). This part is on every widget page that loads embedded data, so it is kept
 * as small as can be; it lives in controllers/ to travel in the small `kit` chunk of
 * the widgets' first render (see manualChunks in packages/widgets/rollup.config.mjs).
 */

/** An element that shows embedded data: it has a language and renders again on request. */
export type DataTextsHost = ReactiveControllerHost & { readonly locale: Locale };

const inData = (locale: Locale) => locale === 'nl' || locale === 'en';

/** Per element, the latest data to give another language when it changes; null once the follower has it. */
const latest = new WeakMap<DataTextsHost, [object, DataTextsUrl] | null>();

const follow = <T extends object>(host: DataTextsHost, data: T, url: DataTextsUrl): Promise<T> =>
  import('../data/data-texts.js').then(
    (module) => module.followDataTexts(host, data, url),
    () => data,
  );

/**
 * Resolves to `data` (embedded data from our data package, `url` its side files) once it
 * has its texts in `host`'s language, so the first paint is in that language; later
 * changes of language (the visitor's choice, `lang`) bring their texts too, and the host
 * renders again when they are in. For Dutch and English it loads nothing until the
 * language changes. Never rejects: without its side file the data shows in English or
 * Dutch. Data from `src` is not handed here: it carries its own languages.
 */
export function withDataTexts<T extends object>(host: DataTextsHost, data: T, url: DataTextsUrl): Promise<T> {
  const state = latest.get(host);
  // Once followed (a language of a side file was seen), every load goes to the follower.
  if (state === null || !inData(host.locale)) {
    latest.set(host, null);
    return follow(host, data, url);
  }
  latest.set(host, [data, url]);
  if (!state) {
    host.addController({
      hostUpdate() {
        const now = latest.get(host);
        if (!now || inData(host.locale)) return;
        latest.set(host, null);
        void follow(host, ...now);
      },
    });
  }
  return Promise.resolve(data);
}
