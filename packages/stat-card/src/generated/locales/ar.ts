// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs) from xliff/ar.xlf.
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'stat.card.figure-about-digital-skills': `رقم عن المهارات الرقمية`,
  'stat.card.figure-belongs-here-but': `هنا يجب أن يظهر رقم، لكن بياناته غير كاملة.`,
  'stat.card.figure-was-not-found': str`لم نجد هذا الرقم: "${0}". أخبِر المسؤول عن هذا الموقع الإلكتروني.`,
  'stat.card.measured': str`سنة القياس: ${0}.`,
  'stat.card.source': `المصدر:`,
  'stat.card.source-unknown': `المصدر غير معروف.`,
  'stat.chart.chart': `في الرسم البياني:`,
  'stat.chart.from': str`من ${0} (${1}) إلى ${2} (${3}).`,
  'stat.chart.highest': str`الأعلى: ${0} (${1}).`,
  'stat.chart.lowest': str`الأدنى: ${0} (${1}).`,
  'stat.chart.measurement': `القياس`,
  'stat.chart.part': `الجزء`,
  'stat.chart.rest': `الباقي`,
  'stat.chart.see-figures-table': `اعرض الأرقام في جدول`,
  'stat.chart.value': `القيمة`,
  'stat.grid.no-figures-were-found': `لم نجد أرقامًا لهذا الاختيار.`,
  'stat.readAloud.euro-large': str`${0} يورو`,
  'stat.readAloud.measured': str`تاريخ القياس: ${0}.`,
  'stat.readAloud.percent': str`${0} بالمئة`,
  'stat.readAloud.source': str`المصدر: ${0}.`,
  'stat.readAloud.source-unknown': `المصدر غير معروف.`,
};
