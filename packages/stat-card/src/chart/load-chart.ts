import type { drawChart } from './draw.js';

type ChartModule = { drawChart: typeof drawChart };

/** Chart.js arrives only when a chart is asked for, and only the parts that chart needs. */
export const chartModules: Record<'bar' | 'line' | 'doughnut', () => Promise<ChartModule>> = {
  bar: () => import('./bar.js'),
  line: () => import('./line.js'),
  doughnut: () => import('./doughnut.js'),
};
