import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvStatCard } from './stat-card/dv-stat-card.js';

registerCatalogs({ en: () => import('./generated/locales/en.js') });
defineElement('dv-stat-card', DvStatCard);

export { DvStatCard };
