// `import '@digivaardig/stat-card'` defines <dv-stat-card> and <dv-stat-grid>.
export { DvStatCard } from './card.js';
export { DvStatGrid } from './grid.js';
export { inlineStatistic, UNITS, type InlineAttributes, type SeriesReader } from './stat-card/inline-statistic.js';
export { parseSeries, statisticFromAttributes } from './stat-card/series-attribute.js';
export { chartPoints, chartSummary, CHART_TYPES, type ChartPoint, type ChartType } from './chart/chart-data.js';
export { selectStatistics, TOPICS, type Topic } from './stat-grid/select-statistics.js';

import type { DvStatCard } from './stat-card/dv-stat-card.js';
import type { DvStatGrid } from './stat-grid/dv-stat-grid.js';

declare global {
  interface HTMLElementTagNameMap {
    'dv-stat-card': DvStatCard;
    'dv-stat-grid': DvStatGrid;
  }
}
