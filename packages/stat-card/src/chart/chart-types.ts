// Apart from chart-data.ts so a card without a chart does not carry the chart logic.
export const CHART_TYPES = ['none', 'bar', 'line', 'doughnut'] as const;
export type ChartType = (typeof CHART_TYPES)[number];
