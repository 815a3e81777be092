import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { msg, str } from '@lit/localize';
import {
  DvElement,
  formatStatValue,
  localizedText,
  parseChoice,
  WidgetProblem,
  type Problem,
  type Statistic,
} from '@digivaardig/core';
import { CHART_TYPES, type ChartType } from '../chart/chart-types.js';
import type { ChartView, DrawableType } from '../chart/chart-view.js';
import { statisticFromAttributes } from './inline-statistic.js';
import { statCardStyles } from './dv-stat-card.styles.js';

/**
 * A number that matters, with its source: a `<figure>` with the figure, what it means,
 * an optional comparison and chart, and a visible source line with the year.
 *
 * Take a statistic from the embedded dataset with `stat="id"`, or give it inline.
 *
 * @summary A key figure with its source and, on request, a chart.
 * @tag dv-stat-card
 *
 * @attr stat - Id of a statistic in the embedded dataset (or in `src`), e.g. `digid-accounts`.
 * @attr value - The figure, inline (`79`, `18,2`); percentages as 79, not 0.79.
 * @attr unit - `percent`, `number` (default), `people` or `euro`.
 * @attr label - What the figure means.
 * @attr year - Year of measurement.
 * @attr source - Name of the source.
 * @attr source-url - Link to the source (http or https).
 * @attr compare-value - A figure to compare with (e.g. the EU average).
 * @attr compare-label - What the comparison figure is.
 * @attr description - One or two sentences of context.
 * @attr series - JSON list of points for the chart: `[{"label":"2012","value":9.8}]`.
 * @attr chart - `none` (default), `bar`, `line` or `doughnut`.
 *
 * @csspart card - The `<figure>`.
 * @csspart heading - The label, a heading at `heading-level`.
 * @csspart value - The figure.
 * @csspart compare - The comparison line.
 * @csspart description - The context sentences.
 * @csspart chart - The chart, its summary and its table.
 * @csspart table - The data table (inside a `<details>`).
 * @csspart source - The source line (`<figcaption>`).
 */
export class DvStatCard extends DvElement {
  static override styles = [...DvElement.styles, statCardStyles];

  static override properties: PropertyDeclarations = {
    stat: {},
    value: {},
    unit: {},
    label: {},
    year: {},
    source: {},
    sourceUrl: { attribute: 'source-url' },
    compareValue: { attribute: 'compare-value' },
    compareLabel: { attribute: 'compare-label' },
    description: {},
    series: {},
    chart: {},
    statistic: { attribute: false },
    shown: { state: true },
  };

  stat = '';
  value = '';
  unit = '';
  label = '';
  year = '';
  source = '';
  sourceUrl = '';
  compareValue = '';
  compareLabel = '';
  description = '';
  series = '';
  chart = '';

  /** A statistic given as a property (used by <dv-stat-grid>); wins over `stat` and `src`. */
  statistic: Statistic | undefined;

  /** @internal */
  private shown: Statistic | undefined;

  /** The chart part, loaded with the first chart this card shows. */
  private chartView: ChartView | undefined;

  protected override get dataProperties(): readonly string[] {
    return [
      'src', 'stat', 'statistic', 'value', 'unit', 'label', 'year', 'source', 'sourceUrl',
      'compareValue', 'compareLabel', 'description', 'series', 'chart',
    ];
  }

  private get chartType(): ChartType {
    return this.checked('chart', this.chart, parseChoice(this.chart, CHART_TYPES, 'none'));
  }

  protected async load(signal: AbortSignal): Promise<number> {
    let base = this.statistic;
    if (!base && (this.stat || this.src)) {
      // A card given inline never needs the dataset or the loader.
      const { loadStatistics } = await import('../statistics-source.js');
      const all = await loadStatistics(this.src, signal, this.localName, this.retrying);
      base = this.stat ? all.find((item) => item.id === this.stat.trim()) : all[0];
      if (!base && this.stat) throw new WidgetProblem({ code: 'not-found', detail: this.stat });
    }
    const { statistic, problems } = statisticFromAttributes(
      {
        value: this.value, unit: this.unit, label: this.label, year: this.year, source: this.source,
        sourceUrl: this.sourceUrl, compareValue: this.compareValue, compareLabel: this.compareLabel,
        description: this.description, series: this.series,
      },
      base,
      document.baseURI,
    );
    for (const problem of problems) {
      if (problem.attribute === 'label' && !problem.value) {
        console.warn(`<${this.localName}>: value="${this.value}" needs a label="…" saying what it means (or use stat="…").`);
      } else {
        this.warnOnce(problem.attribute, problem.value, problem.fallback);
      }
    }
    const type = this.chartType;
    if (statistic && type !== 'none') {
      if (!this.chartView) {
        const { ChartView } = await import('../chart/chart-view.js');
        this.chartView ??= new ChartView(this);
      }
      this.chartView.checkDrawable(statistic, type);
    }
    this.shown = statistic;
    return statistic ? 1 : 0;
  }

  protected override messageFor(problem: Problem): string {
    if (problem.code === 'not-found') {
      return msg(
        str`Dit cijfer is niet gevonden: "${problem.detail ?? ''}". Laat het de beheerder van deze website weten.`,
      );
    }
    return super.messageFor(problem);
  }

  protected override emptyMessage(): string {
    return msg('Hier hoort een cijfer te staan, maar het is niet compleet opgegeven.');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('shown') || changed.has('theme') || changed.has('phase')) void this.chartView?.redraw();
  }

  /** @internal What the chart part should draw now (see ChartView). */
  chartRequest(): { statistic: Statistic; type: DrawableType } | undefined {
    const type = this.chartType;
    return type !== 'none' && this.shown && this.phase === 'ready' ? { statistic: this.shown, type } : undefined;
  }

  protected renderReady(): unknown {
    const statistic = this.shown;
    if (!statistic) return nothing;
    const locale = this.locale;
    const label = localizedText(statistic.label, locale);
    const description = localizedText(statistic.description, locale);
    return html`<figure class="card" part="card">
      ${this.heading(label, 'heading')}
      <p class="value" part="value">${formatStatValue(statistic.value, statistic.unit, locale)}</p>
      ${statistic.compare
        ? html`<p class="compare" part="compare">
            ${localizedText(statistic.compare.label, locale)}:
            <strong>${formatStatValue(statistic.compare.value, statistic.unit, locale)}</strong>
          </p>`
        : nothing}
      ${description ? html`<p class="description" part="description">${description}</p>` : nothing}
      ${this.renderChart(statistic, label)}
      <figcaption class="source" part="source">${this.renderSource(statistic)}</figcaption>
    </figure>`;
  }

  private renderChart(statistic: Statistic, label: string): unknown {
    const type = this.chartType;
    if (type === 'none' || !this.chartView) return nothing;
    return this.chartView.render(statistic, type, label, this.locale);
  }

  private renderSource(statistic: Statistic): unknown {
    const name = statistic.source.name;
    const sourceYear = statistic.source.year && statistic.source.year !== statistic.year ? ` (${statistic.source.year})` : '';
    const source = statistic.source.url
      ? html`<a href=${statistic.source.url} rel="noopener noreferrer">${name}${sourceYear}</a>`
      : html`${name}${sourceYear}`;
    return html`${name ? html`${msg('Bron:')} ${source}.` : msg('Bron onbekend.')}
    ${statistic.year ? html`${msg(str`Gemeten in ${statistic.year}.`)}` : nothing}`;
  }
}
