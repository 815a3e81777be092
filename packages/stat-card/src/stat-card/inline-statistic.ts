import { parseChoice, parseDecimal, parseHttpUrl, parseInteger, type StatUnit, type Statistic } from '@digivaardig/core';

export const UNITS: readonly StatUnit[] = ['percent', 'number', 'people', 'euro'];

/** The inline attributes of <dv-stat-card>, as the webmaster typed them. */
export interface InlineAttributes {
  value?: string | null;
  unit?: string | null;
  label?: string | null;
  year?: string | null;
  source?: string | null;
  sourceUrl?: string | null;
  compareValue?: string | null;
  compareLabel?: string | null;
  description?: string | null;
  series?: string | null;
}

/** An attribute that could not be used, with the value that replaced it. */
export interface AttributeProblem {
  attribute: string;
  value: string;
  fallback: unknown;
}

/** Reads the `series` attribute (see series-attribute.ts). */
export type SeriesReader = (raw: string | null | undefined) => { series?: Statistic['series']; invalid: boolean };

/**
 * Builds the statistic a card shows from its inline attributes, on top of a record from
 * the dataset (`stat="…"`) when there is one: inline attributes win, so a webmaster can
 * reword a label. Unusable attribute values are reported, never thrown.
 *
 * The `series` attribute is read only with `readSeries`: only a chart uses it, so the card
 * passes the reader that comes with its chart part, and a card without a chart never loads
 * it (statisticFromAttributes in series-attribute.ts always reads it).
 */
export function inlineStatistic(
  attributes: InlineAttributes,
  base: Statistic | undefined,
  pageUrl?: string,
  readSeries?: SeriesReader,
): { statistic?: Statistic; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const note = (attribute: string, value: unknown, fallback: unknown) =>
    problems.push({ attribute, value: String(value), fallback });

  const value = parseDecimal(attributes.value);
  if (value.invalid) note('value', attributes.value, base?.value);
  const unit = parseChoice(attributes.unit, UNITS, base?.unit ?? 'number');
  if (unit.invalid) note('unit', attributes.unit, unit.value);
  const year = parseInteger(attributes.year, 1900, 2100, base?.year ?? 0);
  if (year.invalid) note('year', attributes.year, base?.year);
  const sourceUrl = parseHttpUrl(attributes.sourceUrl, pageUrl);
  if (sourceUrl.invalid) note('source-url', attributes.sourceUrl, base?.source?.url);
  const compareValue = parseDecimal(attributes.compareValue);
  if (compareValue.invalid) note('compare-value', attributes.compareValue, base?.compare?.value);
  const series: ReturnType<SeriesReader> = readSeries?.(attributes.series) ?? { invalid: false };
  if (series.invalid) note('series', attributes.series, undefined);

  const finalValue = value.value ?? base?.value;
  const label = attributes.label?.trim() || base?.label;
  // A figure without words is no statistic: name the missing attribute for the webmaster.
  if (finalValue !== undefined && !label) problems.push({ attribute: 'label', value: '', fallback: undefined });
  if (finalValue === undefined || !label) return { problems };

  const compareAt = compareValue.value ?? base?.compare?.value;
  const compareLabel = attributes.compareLabel?.trim() || base?.compare?.label;
  const statistic: Statistic = {
    id: base?.id ?? 'inline',
    value: finalValue,
    unit: unit.value,
    label,
    year: year.value || base?.year || 0,
    source: {
      name: attributes.source?.trim() || base?.source?.name || '',
      year: base?.source?.year,
      url: sourceUrl.value ?? base?.source?.url,
    },
    compare: compareAt !== undefined && compareLabel ? { value: compareAt, label: compareLabel } : undefined,
    series: series.series ?? base?.series,
    topic: base?.topic,
    description: attributes.description?.trim() || base?.description,
  };
  return { statistic, problems };
}
