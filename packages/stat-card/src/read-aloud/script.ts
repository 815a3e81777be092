import { str } from '@lit/localize';
import { formatCount, formatNumber, localizedText, spokenEuro, type Localize, type Statistic, type StatUnit } from '@digivaardig/core';

/*
 * What "Lees voor" reads on a stat card (pure): the figure with its label, the figure it
 * is compared with, and where it comes from. Written for listening: "79 procent", not
 * "79%"; "2,50 euro", not "€ 2,50".
 */

/** A figure in words for its unit: "79 procent", "4,5 miljoen", "2,50 euro". */
export function spokenStatValue(t: Localize, value: number, unit: StatUnit): string {
  switch (unit) {
    case 'percent':
      return t.msg(str`${formatNumber(value, t.locale)} procent`, { id: 'stat.readAloud.percent' });
    case 'euro':
      return Math.abs(value) >= 1e6
        ? t.msg(str`${formatCount(value, t.locale)} euro`, { id: 'stat.readAloud.euro-large' })
        : spokenEuro(value, t.locale);
    default:
      return formatCount(value, t.locale);
  }
}

/** "Nederlanders met weinig digitale vaardigheden: 4,5 miljoen. Bron: CBS. Gemeten in 2024." */
export function statisticScript(t: Localize, statistic: Statistic): string[] {
  const label = localizedText(statistic.label, t.locale).trim().replace(/[.:]$/, '');
  const value = spokenStatValue(t, statistic.value, statistic.unit);
  const sentences = [label ? `${label}: ${value}.` : `${value}.`];
  if (statistic.compare) {
    const compareLabel = localizedText(statistic.compare.label, t.locale).trim().replace(/[.:]$/, '');
    sentences.push(`${compareLabel}: ${spokenStatValue(t, statistic.compare.value, statistic.unit)}.`);
  }
  const source = statistic.source?.name.trim();
  sentences.push(
    source ? t.msg(str`Bron: ${source.replace(/[.]$/, '')}.`, { id: 'stat.readAloud.source' }) : t.msg('Bron onbekend.', { id: 'stat.readAloud.source-unknown' }),
  );
  if (statistic.year) sentences.push(t.msg(str`Gemeten in ${statistic.year}.`, { id: 'stat.readAloud.measured' }));
  return sentences;
}
