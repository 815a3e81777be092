import { parseDecimal, type LocalizedText, type Statistic } from '@digivaardig/core';
import { inlineStatistic, type AttributeProblem, type InlineAttributes } from './inline-statistic.js';

/*
 * The `series` attribute of <dv-stat-card>: JSON points for its chart. Only a chart uses
 * them, so this module comes with the chart part (chart/chart-view.ts), not with every card.
 */

/** A point's label: text or a number (a year), or `{ "nl": …, "en": … }`; else undefined. */
function seriesLabel(label: unknown): LocalizedText | undefined {
  if (typeof label === 'string' && label.trim()) return label;
  if (typeof label === 'number' && Number.isFinite(label)) return String(label);
  if (label && typeof label === 'object' && typeof (label as { nl?: unknown }).nl === 'string') {
    const { nl, en } = label as { nl: string; en?: unknown };
    return typeof en === 'string' ? { nl, en } : { nl };
  }
  return undefined;
}

/** Reads the `series` attribute: JSON `[{"label":"2012","value":9.8}]`; undefined when unusable. */
export function parseSeries(raw: string | null | undefined): { series?: Statistic['series']; invalid: boolean } {
  if (!raw || !raw.trim()) return { invalid: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed) || parsed.length === 0) return { invalid: true };
    const series = parsed.map((point: { label?: unknown; value?: unknown }) => {
      const value = typeof point?.value === 'number' ? point.value : parseDecimal(String(point?.value ?? '')).value;
      const label = seriesLabel(point?.label);
      if (value === undefined || !Number.isFinite(value) || label === undefined) throw new Error('point');
      return { label, value };
    });
    return { series, invalid: false };
  } catch {
    return { invalid: true };
  }
}

/**
 * The statistic from a card's inline attributes, `series` included: {@link inlineStatistic}
 * with {@link parseSeries} as its reader.
 */
export function statisticFromAttributes(
  attributes: InlineAttributes,
  base: Statistic | undefined,
  pageUrl?: string,
): { statistic?: Statistic; problems: AttributeProblem[] } {
  return inlineStatistic(attributes, base, pageUrl, parseSeries);
}
