import type { Locale, Statistic } from '@digivaardig/core';
import dataset from '../data/statistics.json';

/**
 * Key figures on digital skills in the Netherlands, each with its source and year, written
 * by hand from the publications they name (format: docs/data-formats.md).
 */
export const statistics = dataset.items as Statistic[];

/**
 * Where the texts of `statistics` in another language are (ar, tr, pl, uk: Dutch and
 * English are in the data): a JSON file beside the data, fetched only for a visitor in
 * that language (see withDataTexts in @digivaardig/core).
 */
export const statisticsTextsUrl = (locale: Locale): string => new URL(`../data/statistics.${locale}.json`, import.meta.url).href;
