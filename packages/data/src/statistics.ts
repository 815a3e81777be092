import type { Statistic } from '@digivaardig/core';
import dataset from '../data/statistics.json';

/**
 * Key figures on digital skills in the Netherlands, each with its source and year, written
 * by hand from the publications they name (format: docs/data-formats.md).
 */
export const statistics = dataset.items as Statistic[];
