// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs) from xliff/uk.xlf.
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'stat.card.figure-about-digital-skills': `Показник про цифрові навички`,
  'stat.card.figure-belongs-here-but': `Тут має бути показник, але його вказано не повністю.`,
  'stat.card.figure-was-not-found': str`Цей показник не знайдено: «${0}». Повідом про це адміністратора цього сайту.`,
  'stat.card.measured': str`Рік вимірювання: ${0}.`,
  'stat.card.source': `Джерело:`,
  'stat.card.source-unknown': `Джерело невідоме.`,
  'stat.chart.chart': `На графіку:`,
  'stat.chart.from': str`Від ${0} (${1}) до ${2} (${3}).`,
  'stat.chart.highest': str`Найвище: ${0} (${1}).`,
  'stat.chart.lowest': str`Найнижче: ${0} (${1}).`,
  'stat.chart.measurement': `Вимірювання`,
  'stat.chart.part': `Частина`,
  'stat.chart.rest': `Решта`,
  'stat.chart.see-figures-table': `Переглянь дані в таблиці`,
  'stat.chart.value': `Значення`,
  'stat.grid.no-figures-were-found': `Для цього вибору даних не знайдено.`,
  'stat.readAloud.euro-large': str`${0} євро`,
  'stat.readAloud.measured': str`Рік вимірювання: ${0}.`,
  'stat.readAloud.percent': str`${0} відсотків`,
  'stat.readAloud.source': str`Джерело: ${0}.`,
  'stat.readAloud.source-unknown': `Джерело невідоме.`,
};
