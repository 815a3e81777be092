import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvStatCard } from './stat-card/dv-stat-card.js';
import { catalogs } from './generated/locales/index.js';

registerCatalogs(catalogs);
defineElement('dv-stat-card', DvStatCard);

export { DvStatCard };
