import { formatStatValue, localizedText, type Locale, type Statistic } from '@digivaardig/core';

export { CHART_TYPES, type ChartType } from './chart-types.js';

/** The points a chart draws, with their labels and the text a visitor reads instead. */
export interface ChartPoint {
  label: string;
  value: number;
  /** The value as text, for the table and the summary ("79%"). */
  text: string;
}

/**
 * What to draw for a statistic: its series; else the figure next to its comparison;
 * else, for a percentage, the part and the rest. Undefined when there is nothing to chart.
 */
export function chartPoints(statistic: Statistic, locale: Locale, restLabel: string): ChartPoint[] | undefined {
  const point = (label: string, value: number): ChartPoint => ({
    label,
    value,
    text: formatStatValue(value, statistic.unit, locale),
  });
  if (statistic.series?.length) {
    return statistic.series.map((entry) => point(localizedText(entry.label, locale), entry.value));
  }
  const label = localizedText(statistic.label, locale);
  if (statistic.compare) {
    return [point(label, statistic.value), point(localizedText(statistic.compare.label, locale), statistic.compare.value)];
  }
  if (statistic.unit === 'percent' && statistic.value >= 0 && statistic.value <= 100) {
    return [point(label, statistic.value), point(restLabel, 100 - statistic.value)];
  }
  return undefined;
}

/**
 * The chart in words. Short series are read out in full; long ones by their first and
 * last point and their extremes, which is what a visitor looks for in a chart.
 */
export function chartSummary(points: readonly ChartPoint[], words: SummaryWords): string {
  if (points.length <= 6) return points.map((p) => `${p.label}: ${p.text}`).join('; ') + '.';
  const first = points[0];
  const last = points[points.length - 1];
  const lowest = points.reduce((a, b) => (b.value < a.value ? b : a));
  const highest = points.reduce((a, b) => (b.value > a.value ? b : a));
  return [
    words.fromTo(first, last),
    words.lowest(lowest),
    words.highest(highest),
  ].join(' ');
}

/** Localised sentence builders for a long series summary. */
export interface SummaryWords {
  fromTo(first: ChartPoint, last: ChartPoint): string;
  lowest(point: ChartPoint): string;
  highest(point: ChartPoint): string;
}
