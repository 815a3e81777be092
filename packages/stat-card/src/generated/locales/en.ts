// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs) from xliff/en.xlf.
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'stat.card.figure-about-digital-skills': `A figure about digital skills`,
  'stat.card.figure-belongs-here-but': `A figure belongs here, but it was not given in full.`,
  'stat.card.figure-was-not-found': str`This figure was not found: "${0}". Please let the people who run this website know.`,
  'stat.card.measured': str`Measured in ${0}.`,
  'stat.card.source': `Source:`,
  'stat.card.source-unknown': `Source unknown.`,
  'stat.chart.chart': `In the chart:`,
  'stat.chart.from': str`From ${0} (${1}) to ${2} (${3}).`,
  'stat.chart.highest': str`Highest: ${0} (${1}).`,
  'stat.chart.lowest': str`Lowest: ${0} (${1}).`,
  'stat.chart.measurement': `Measurement`,
  'stat.chart.part': `Part`,
  'stat.chart.rest': `The rest`,
  'stat.chart.see-figures-table': `See the figures in a table`,
  'stat.chart.value': `Value`,
  'stat.grid.no-figures-were-found': `No figures were found for this choice.`,
  'stat.readAloud.euro-large': str`${0} euros`,
  'stat.readAloud.measured': str`Measured in ${0}.`,
  'stat.readAloud.percent': str`${0} percent`,
  'stat.readAloud.source': str`Source: ${0}.`,
  'stat.readAloud.source-unknown': `Source unknown.`,
};
