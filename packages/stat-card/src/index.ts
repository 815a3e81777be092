import { defineElement, registerCatalog } from '@digivaardig/core';
import { DvStatCard } from './stat-card/dv-stat-card.js';
import { DvStatGrid } from './stat-grid/dv-stat-grid.js';

registerCatalog('en', () => import('./generated/locales/en.js'));
defineElement('dv-stat-card', DvStatCard);
defineElement('dv-stat-grid', DvStatGrid);

export { DvStatCard, DvStatGrid };
export { statisticFromAttributes, parseSeries, UNITS, type InlineAttributes } from './stat-card/inline-statistic.js';
export { chartPoints, chartSummary, CHART_TYPES, type ChartPoint, type ChartType } from './chart/chart-data.js';
export { selectStatistics, TOPICS, type Topic } from './stat-grid/select-statistics.js';

declare global {
  interface HTMLElementTagNameMap {
    'dv-stat-card': DvStatCard;
    'dv-stat-grid': DvStatGrid;
  }
}
