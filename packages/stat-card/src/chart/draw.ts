import { Chart, type ChartComponentLike, type ChartConfiguration } from 'chart.js';
import type { ChartPoint } from './chart-data.js';

/** Colours read from the card's theme tokens, so charts follow light, dark and brand colours. */
export interface ChartColors {
  primary: string;
  text: string;
  muted: string;
  border: string;
  surface: string;
  /** Grid lines: the border colour, see-through. */
  grid: string;
  /** Fills for the slices of a doughnut. */
  palette: string[];
  /** The page's font, which the card inherits (Chart.js would use its own). */
  font: string;
}

export interface DrawOptions {
  type: 'bar' | 'line' | 'doughnut';
  points: readonly ChartPoint[];
  colors: ChartColors;
  /** No animation for visitors who ask for reduced motion. */
  reducedMotion: boolean;
  /** Formats an axis tick in the visitor's locale. */
  formatTick(value: number): string;
}

/**
 * Draws a chart on the canvas. The canvas is decoration for sighted visitors: the card
 * gives the same facts as text and as a table, so Chart.js's tooltips and legend (and
 * their bytes) are left out.
 */
export function drawChart(canvas: HTMLCanvasElement, options: DrawOptions): Chart {
  const { type, points, colors, reducedMotion, formatTick } = options;
  const isDoughnut = type === 'doughnut';
  const config: ChartConfiguration = {
    type,
    data: {
      labels: points.map((p) => p.label),
      datasets: [
        {
          data: points.map((p) => p.value),
          backgroundColor: isDoughnut ? points.map((_, i) => colors.palette[i % colors.palette.length]) : colors.primary,
          borderColor: isDoughnut ? colors.surface : colors.primary,
          borderWidth: isDoughnut ? 2 : type === 'line' ? 3 : 0,
          pointRadius: 4,
          pointBackgroundColor: colors.primary,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 600 },
      events: [],
      scales: isDoughnut
        ? {}
        : {
            x: {
              ticks: { color: colors.text, font: { family: colors.font } },
              grid: { display: false },
              border: { color: colors.border },
            },
            y: {
              beginAtZero: true,
              // Room above the highest point, so it does not sit on the edge.
              grace: '5%',
              ticks: { color: colors.text, font: { family: colors.font }, callback: (value) => formatTick(Number(value)) },
              grid: { color: colors.grid },
              border: { color: colors.border },
            },
          },
    },
  };
  return new Chart(canvas, config);
}

/**
 * A drawChart for one chart type. Each type is its own small module, so a page pays only
 * for the chart it shows; registering inside the call (it is idempotent) keeps bundlers
 * that drop side-effect-only code from dropping the registration.
 */
export function drawerFor(...components: ChartComponentLike[]): typeof drawChart {
  return (canvas, options) => {
    Chart.register(...components);
    return drawChart(canvas, options);
  };
}
