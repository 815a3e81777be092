import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvStatCard } from './stat-card/dv-stat-card.js';

registerCatalogs({
  en: () => import('./generated/locales/en.js'),
  ar: () => import('./generated/locales/ar.js'),
  tr: () => import('./generated/locales/tr.js'),
  pl: () => import('./generated/locales/pl.js'),
  uk: () => import('./generated/locales/uk.js'),
});
defineElement('dv-stat-card', DvStatCard);

export { DvStatCard };
