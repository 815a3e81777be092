import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Localize } from '@digivaardig/core';
import { Task } from '@lit/task';
import { adoptStyles, ColorSchemeController, pageIsDark, formatStatValue, nearViewport, translucent, type Locale, type Statistic } from '@digivaardig/core';
import { chartPoints, chartSummary, type ChartPoint } from './chart-data.js';
import type { ChartColors } from './draw.js';
import { chartModules } from './load-chart.js';
import { parseSeries } from '../stat-card/series-attribute.js';

type DrawnChart = { destroy(): void };

/** Styles of the chart part, adopted by the card when the chart arrives. */
export const chartStyles = css`
  .summary {
    margin: 0;
  }
  .chart {
    order: 3;
  }
  .canvas-box {
    position: relative;
    height: 12em;
    margin-block: calc(var(--_space) * 0.5);
  }
  /* The canvas keeps the width Chart.js gave it until its box reports a new one: capped,
     it cannot hold the box (and the card) wider when the column narrows. */
  .canvas-box canvas {
    max-width: 100%;
  }
  details {
    margin-top: calc(var(--_space) * 0.5);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-block: 0.5em;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.5em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    text-align: start;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  thead th:last-child {
    text-align: end;
  }
`;

/** Colours from the card's theme tokens, so charts follow light, dark and brand colours. */
function themeColors(host: Element): ChartColors {
  const style = getComputedStyle(host);
  const read = (name: string) => style.getPropertyValue(`--_${name}`).trim();
  const scope = host.shadowRoot ?? host;
  const primary = read('primary');
  return {
    primary,
    text: read('text'),
    muted: read('muted'),
    border: read('border'),
    surface: read('surface'),
    grid: translucent(read('border'), 0.35, scope),
    // Neighbouring slices differ in lightness, not only in hue (colour-blind visitors).
    palette: [primary, translucent(primary, 0.35, scope), read('success'), read('focus'), read('danger')],
    font: style.fontFamily,
  };
}
export type DrawableType = 'bar' | 'line' | 'doughnut';

/** What the chart part needs of the card it lives in. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly locale: Locale;
  /** `auto`, `light` or `dark`: the colours follow it. */
  readonly theme: string;
  /** What to chart now: the shown statistic and the chart type; undefined draws nothing. */
  chartRequest(): { statistic: Statistic; type: DrawableType } | undefined;
  /** The card's words, in its language (also for words made outside a render). */
  readonly t: Localize;
}

/** True when `theme="auto"` is dark now: the host page is dark (core's host-theme). */
const darkScheme = pageIsDark;

/**
 * The chart part of a stat card: the canvas, the chart in words, and the data table.
 * It arrives only with a card that asks for a chart (`chart="bar|line|doughnut"`), so a
 * card without one never loads its code, its styles or Chart.js; and Chart.js only once
 * the card comes near the viewport or the page is printed (core's nearViewport): the
 * canvas keeps its place meanwhile, and the summary and the table are there at once.
 * As a Lit controller it follows the card: it draws again when what is charted, the language, the theme or the
 * visitor's colour scheme change (a Task whose arguments are those, run after the card's
 * update so the canvas is there: the last change wins, an older draw is dropped), lets
 * go of the chart when the card leaves the page and draws it again when it comes back.
 * Call `render()` inside the card's render (its language is active then).
 */
export class ChartView implements ReactiveController {
  private drawn: DrawnChart | undefined;
  /** Resolves when the card comes near the viewport (or the page prints): Chart.js loads then. */
  private near: Promise<void> | undefined;
  private failed = false;
  private left = false;
  /** What was last asked to be charted, so a chart with nothing to draw warns once. */
  private asked = '';
  /** Reads the card's `series` attribute: only a chart uses it, so its reader comes with this part. */
  readonly readSeries = parseSeries;
  private readonly draw: Task<readonly [HTMLCanvasElement | null, string, string, Locale, boolean], void>;

  constructor(private readonly host: ChartHost) {
    adoptStyles(host, chartStyles);
    this.draw = new Task(host, {
      autoRun: 'afterUpdate',
      args: () => {
        const request = host.chartRequest();
        const canvas = host.renderRoot.querySelector('canvas');
        const what = request ? `${request.type}|${JSON.stringify(request.statistic)}` : '';
        return [canvas, what, host.theme, host.locale, darkScheme()] as const;
      },
      task: ([canvas], { signal }) => this.paint(canvas, signal),
    });
    host.addController(this);
    // The host page turns dark or light: the next update draws in the new colours.
    new ColorSchemeController(host, () => host.requestUpdate());
  }

  hostConnected(): void {
    // Back on the page after a move (the chart was let go on leaving): draw it again.
    if (!this.left) return;
    this.left = false;
    void this.draw.run();
  }

  hostDisconnected(): void {
    this.left = true;
    this.draw.abort();
    this.destroy();
  }

  hostUpdated(): void {
    // Tell the webmaster once per change of what is charted when it has nothing to draw.
    const request = this.host.chartRequest();
    const asked = request ? `${request.type}|${JSON.stringify(request.statistic)}` : '';
    if (asked === this.asked) return;
    this.asked = asked;
    if (request) this.checkDrawable(request.statistic, request.type);
  }

  /** Tells the webmaster when the chart asked for has nothing to draw; the card stays useful as text. */
  private checkDrawable(statistic: Statistic, type: DrawableType): void {
    if (this.points(statistic)) return;
    console.warn(
      `<${this.host.localName}>: chart="${type}" has nothing to draw: this figure has no series, comparison or percentage.`,
    );
  }

  /** The points for the statistic, in the card's language; undefined when it has nothing to chart. */
  private points(statistic: Statistic): ChartPoint[] | undefined {
    return chartPoints(statistic, this.host.locale, this.host.t.msg('De rest', { id: 'stat.chart.rest' }));
  }

  render(statistic: Statistic, type: DrawableType, label: string, locale: Locale): TemplateResult | typeof nothing {
    const points = this.points(statistic);
    if (!points) return nothing;
    const summary = chartSummary(points, {
      fromTo: (first, last) => this.host.t.msg(str`Van ${first.text} (${first.label}) naar ${last.text} (${last.label}).`, { id: 'stat.chart.from' }),
      lowest: (point) => this.host.t.msg(str`Laagste: ${point.text} (${point.label}).`, { id: 'stat.chart.lowest' }),
      highest: (point) => this.host.t.msg(str`Hoogste: ${point.text} (${point.label}).`, { id: 'stat.chart.highest' }),
    });
    return html`<div class="chart" part="chart">
      ${this.failed ? nothing : html`<div class="canvas-box ${type}"><canvas aria-hidden="true"></canvas></div>`}
      <p class="summary">${this.host.t.msg('In de grafiek:', { id: 'stat.chart.chart' })} ${summary}</p>
      <details>
        <summary>${this.host.t.msg('Bekijk de cijfers in een tabel', { id: 'stat.chart.see-figures-table' })}</summary>
        <table part="table">
          <caption>${label}</caption>
          <thead>
            <tr>
              <th scope="col">${statistic.series?.length ? this.host.t.msg('Meting', { id: 'stat.chart.measurement' }) : this.host.t.msg('Onderdeel', { id: 'stat.chart.part' })}</th>
              <th scope="col">${this.host.t.msg('Waarde', { id: 'stat.chart.value' })}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map((point) => html`<tr><th scope="row">${point.label}</th><td>${point.text}</td></tr>`)}
          </tbody>
        </table>
      </details>
    </div>`;
  }

  /** Draws the chart on the card's canvas; when it cannot, the card's text and table carry the facts. */
  private async paint(canvas: HTMLCanvasElement | null, signal: AbortSignal): Promise<void> {
    this.destroy();
    const request = this.host.chartRequest();
    const points = request && this.points(request.statistic);
    if (!canvas || !request || !points) return;
    const { statistic, type } = request;
    const locale = this.host.locale;
    try {
      // Chart.js (about 40 KB) waits until the card is about to be seen, or printed.
      await (this.near ??= nearViewport(this.host));
      if (signal.aborted || !canvas.isConnected) return;
      const { drawChart } = await chartModules[type]();
      // Gone, or a newer draw started while this one waited for its module.
      if (signal.aborted || !canvas.isConnected) return;
      this.drawn = drawChart(canvas, {
        type,
        points,
        colors: themeColors(this.host),
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
        formatTick: (value) => formatStatValue(value, statistic.unit, locale),
      });
    } catch (error) {
      console.warn(`<${this.host.localName}>: the chart could not be drawn.`, error);
      this.failed = true;
      this.host.requestUpdate();
    }
  }

  destroy(): void {
    this.drawn?.destroy();
    this.drawn = undefined;
  }
}
