// Do not modify this file by hand!
// Re-generate it with `pnpm i18n:build` (scripts/i18n-build.mjs) from xliff/tr.xlf.
import { str } from '@lit/localize';

/* eslint-disable no-irregular-whitespace */
export const templates = {
  'stat.card.figure-about-digital-skills': `Dijital becerilerle ilgili bir sayı`,
  'stat.card.figure-belongs-here-but': `Burada bir sayı olmalı, ama eksik girilmiş.`,
  'stat.card.figure-was-not-found': str`Bu sayı bulunamadı: "${0}". Bunu bu web sitesinin yöneticisine bildir.`,
  'stat.card.measured': str`Ölçüm yılı: ${0}.`,
  'stat.card.source': `Kaynak:`,
  'stat.card.source-unknown': `Kaynak bilinmiyor.`,
  'stat.chart.chart': `Grafikte:`,
  'stat.chart.from': str`${0} (${1}) iken ${2} (${3}) oldu.`,
  'stat.chart.highest': str`En yüksek: ${0} (${1}).`,
  'stat.chart.lowest': str`En düşük: ${0} (${1}).`,
  'stat.chart.measurement': `Ölçüm`,
  'stat.chart.part': `Bölüm`,
  'stat.chart.rest': `Geri kalan`,
  'stat.chart.see-figures-table': `Sayıları bir tabloda gör`,
  'stat.chart.value': `Değer`,
  'stat.grid.no-figures-were-found': `Bu seçim için sayı bulunamadı.`,
  'stat.readAloud.euro-large': str`${0} avro`,
  'stat.readAloud.measured': str`Ölçüm yılı: ${0}.`,
  'stat.readAloud.percent': str`yüzde ${0}`,
  'stat.readAloud.source': str`Kaynak: ${0}.`,
  'stat.readAloud.source-unknown': `Kaynak bilinmiyor.`,
};
