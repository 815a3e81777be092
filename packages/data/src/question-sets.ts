import type { Locale } from '@digivaardig/core';

/**
 * Where the built-in question sets are. They are JSON files shipped beside the code and
 * fetched as data when a self-check starts, so a page's JavaScript stays small (the
 * DigIQ set alone is about 9 KB gzipped). Bundlers (Rollup with our plugin, Vite,
 * webpack 5) copy files referenced this way.
 */
export const questionSetUrls = {
  digiq: new URL('../data/questions-digiq.json', import.meta.url).href,
  slo: new URL('../data/questions-slo.json', import.meta.url).href,
};

/**
 * A file of the question sets' folder by name: a set's texts in another language
 * (`digiq.tr`, `slo.uk`, …: ar, tr, pl, uk; Dutch and English are in the set), beside the
 * set and fetched only for a visitor in that language (see withDataTexts in
 * @digivaardig/core). One reference, so bundlers copy the folder's files once.
 */
export const questionSetFileUrl = (name: string): string => new URL(`../data/questions-${name}.json`, import.meta.url).href;
