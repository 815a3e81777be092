import { Chart, Filler, LineElement, PointElement, RadarController, RadialLinearScale } from 'chart.js';

/*
 * The radar chart of a self-check result: its own chunk, with Chart.js and only the
 * parts a radar needs. It is a picture for sighted visitors; the result's text and bars
 * say the same, so the canvas is hidden from assistive technology, and tooltips, legend
 * and events (with their bytes) are left out.
 */
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler);

export interface RadarOptions {
  /** Area names, in result order. */
  labels: string[];
  /** Scores 0–100; null for an area where nothing counted (left as a gap). */
  values: (number | null)[];
  /** Resolved colours; `fill` and `grid` are see-through (see core's styles/colors.ts). */
  colors: { primary: string; fill: string; text: string; grid: string };
  reducedMotion: boolean;
}

export function drawRadarChart(canvas: HTMLCanvasElement, options: RadarOptions): Chart<'radar'> {
  const { labels, values, colors, reducedMotion } = options;
  return new Chart(canvas, {
    type: 'radar',
    data: {
      labels,
      datasets: [
        {
          data: values,
          borderColor: colors.primary,
          backgroundColor: colors.fill,
          pointBackgroundColor: colors.primary,
          borderWidth: 2,
          fill: true,
          spanGaps: true,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 500 },
      events: [],
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: { stepSize: 25, display: false },
          grid: { color: colors.grid },
          angleLines: { color: colors.grid },
          pointLabels: { color: colors.text, font: { size: 13 } },
        },
      },
    },
  });
}
