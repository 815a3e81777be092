import { defineElement } from '@digivaardig/core';
import { DvStatGrid } from './stat-grid/dv-stat-grid.js';
// The grid renders cards, so it brings them along.
import './card.js';

defineElement('dv-stat-grid', DvStatGrid);

export { DvStatGrid };
