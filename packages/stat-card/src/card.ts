import { defineElement, registerCatalog, registerCatalogs } from '@digivaardig/core';
import { DvStatCard } from './stat-card/dv-stat-card.js';

registerCatalog('en', () => import('./generated/locales/en.js'));
registerCatalogs({ en: () => import('./generated/locales/en.js') });
defineElement('dv-stat-card', DvStatCard);

export { DvStatCard };
