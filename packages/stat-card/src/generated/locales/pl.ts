// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs) from xliff/pl.xlf.
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'stat.card.figure-about-digital-skills': `Liczba o umiejętnościach cyfrowych`,
  'stat.card.figure-belongs-here-but': `Tu powinna być liczba, ale nie podano jej w całości.`,
  'stat.card.figure-was-not-found': str`Nie znaleziono tej liczby: „${0}”. Powiedz o tym administratorowi tej strony.`,
  'stat.card.measured': str`Rok pomiaru: ${0}.`,
  'stat.card.source': `Źródło:`,
  'stat.card.source-unknown': `Źródło nieznane.`,
  'stat.chart.chart': `Na wykresie:`,
  'stat.chart.from': str`Od ${0} (${1}) do ${2} (${3}).`,
  'stat.chart.highest': str`Najwyższa: ${0} (${1}).`,
  'stat.chart.lowest': str`Najniższa: ${0} (${1}).`,
  'stat.chart.measurement': `Pomiar`,
  'stat.chart.part': `Część`,
  'stat.chart.rest': `Reszta`,
  'stat.chart.see-figures-table': `Zobacz liczby w tabeli`,
  'stat.chart.value': `Wartość`,
  'stat.grid.no-figures-were-found': `Nie znaleziono liczb dla tego wyboru.`,
  'stat.readAloud.euro-large': str`${0} euro`,
  'stat.readAloud.measured': str`Rok pomiaru: ${0}.`,
  'stat.readAloud.percent': str`${0} procent`,
  'stat.readAloud.source': str`Źródło: ${0}.`,
  'stat.readAloud.source-unknown': `Źródło nieznane.`,
};
