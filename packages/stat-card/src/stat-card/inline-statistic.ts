import {
  parseChoice,
  parseDecimal,
  parseHttpUrl,
  parseInteger,
  type LocalizedText,
  type StatUnit,
  type Statistic,
} from '@digivaardig/core';

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
 * Builds the statistic a card shows from its inline attributes, on top of a record from
 * the dataset (`stat="…"`) when there is one: inline attributes win, so a webmaster can
 * reword a label. Unusable attribute values are reported, never thrown.
 */
export function statisticFromAttributes(
  attributes: InlineAttributes,
  base: Statistic | undefined,
  pageUrl?: string,
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
  const series = parseSeries(attributes.series);
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
