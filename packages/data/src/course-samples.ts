import type { Locale } from '@digivaardig/core';

/**
 * Where the sample courses of <dv-course-finder> are: a JSON file shipped beside the code
 * and fetched as data when a finder has no `src`, so a page's JavaScript stays small (the
 * sample is about 7.5 KB gzipped). Bundlers (Rollup with our plugin, Vite, webpack 5)
 * copy files referenced this way.
 */
export const courseSamplesUrl = new URL('../data/courses-sample.json', import.meta.url).href;

/**
 * Where the sample's texts in another language are (ar, tr, pl, uk: Dutch and English
 * are in the sample): a JSON file beside it, fetched only for a visitor in that language
 * (see withDataTexts in @digivaardig/core).
 */
export const courseSamplesTextsUrl = (locale: Locale): string => new URL(`../data/courses-sample.${locale}.json`, import.meta.url).href;
