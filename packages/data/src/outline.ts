import type { Locale } from '@digivaardig/core';

/**
 * Where the texts of the map's outline (`data/nl-outline.json`: its source line) are in
 * another language (ar, tr, pl, uk: Dutch and English are in the outline): a JSON file
 * beside it, fetched only for a visitor in that language (see dataTextsFor in
 * @digivaardig/core).
 */
export const outlineTextsUrl = (locale: Locale): string => new URL(`../data/nl-outline.${locale}.json`, import.meta.url).href;
