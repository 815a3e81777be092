import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import {
  DvElement,
  formatStatValue,
  type LoadContext,
  localizedText,
  parseChoice,
  ReadAloudPart,
  WidgetProblem,
  type Problem,
  type Statistic,
  skeleton,
  skeletonStyles,
} from '@digivaardig/core';
import { CHART_TYPES, type ChartType } from '../chart/chart-types.js';
import type { ChartView, DrawableType } from '../chart/chart-view.js';
import { inlineStatistic } from './inline-statistic.js';
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
 * @attr read-aloud - `auto` (default) or `none`: `none` hides the "Lees voor" button (for a site with its own read-aloud tool). With `auto` the button shows when the device has a local voice for the card's language; it reads the figure with its label and source.
 *
 * @csspart card - The `<figure>`.
 * @csspart heading - The label, a heading at `heading-level`.
 * @csspart value - The figure.
 * @csspart compare - The comparison line.
 * @csspart description - The context sentences.
 * @csspart chart - The chart, its summary and its table.
 * @csspart table - The data table (inside a `<details>`).
 * @csspart source - The source line (`<figcaption>`).
 * @csspart read-aloud - The "Lees voor" controls and, while reading, the text being read.
 * @csspart read-aloud-button - The button that starts, pauses and goes on.
 * @csspart read-aloud-stop - The Stop button (while reading).
 * @csspart read-aloud-text - The sentences being read, the current one highlighted.
 */
export class DvStatCard extends DvElement<Statistic | undefined> {
  static override styles = [...DvElement.styles, skeletonStyles, statCardStyles];

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
    chartView: { state: true },
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

  /** @internal The chart part, loaded with the first chart this card shows. */
  private chartView: ChartView | undefined;
  private chartLoading: Promise<void> | undefined;
  private labelWarned: string | undefined;
  /** @internal "Lees voor": the figure with its label and source, read in the card's language. */
  private readonly readAloud = new ReadAloudPart(this, this.t);

  /** Only where the statistic comes from loads again; the attributes on top of it re-render. */
  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.stat, this.statistic];
  }

  private get chartType(): ChartType {
    return this.checked('chart', this.chart, parseChoice(this.chart, CHART_TYPES, 'none'));
  }

  /** The statistic from the dataset, `src` or the `statistic` property; undefined for a card given inline. */
  protected async load(context: LoadContext): Promise<Statistic | undefined> {
    let base = this.statistic;
    if (!base && (this.stat || this.src)) {
      // A card given inline never needs the dataset or the loader.
      const { loadStatistics } = await import('../statistics-source.js');
      const all = await loadStatistics(this.src, context, this.localName, this);
      base = this.stat ? all.find((item) => item.id === this.stat.trim()) : all[0];
      if (!base && this.stat) throw new WidgetProblem({ code: 'not-found', detail: this.stat });
    }
    // The first paint with data shows the chart asked for at that time, not a moment later.
    if (this.chartType !== 'none') await this.loadChartView();
    return base;
  }

  protected countOf(base: Statistic | undefined): number {
    return this.shownFrom(base) ? 1 : 0;
  }

  /** The statistic on show: the loaded one with the card's attributes on top. */
  private shownFrom(base: Statistic | undefined): Statistic | undefined {
    // The card's own properties are the inline attributes, by the same names. `series` is
    // read (and checked) only once the chart part, which uses it, is there.
    const { statistic, problems } = inlineStatistic(this, base, document.baseURI, this.chartView?.readSeries);
    for (const problem of problems) {
      if (problem.attribute === 'label' && !problem.value) {
        if (this.labelWarned !== this.value) {
          this.labelWarned = this.value;
          console.warn(`<${this.localName}>: value="${this.value}" needs a label="…" saying what it means (or use stat="…").`);
        }
      } else {
        this.warnOnce(problem.attribute, problem.value, problem.fallback);
      }
    }
    return statistic;
  }

  private loadChartView(): Promise<void> {
    return (this.chartLoading ??= import('../chart/chart-view.js').then(({ ChartView }) => {
      this.chartView ??= new ChartView(this);
    }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A chart asked for after the data arrived: its part loads now, the text shows meanwhile.
    if (changed.has('chart') && this.chartType !== 'none' && !this.chartView) {
      void this.loadChartView().catch((error) => console.warn(`<${this.localName}>: the chart could not be loaded.`, error));
    }
  }

  protected override messageFor(problem: Problem): string {
    if (problem.code === 'not-found') {
      return this.t.msg(
        str`Dit cijfer is niet gevonden: "${problem.detail ?? ''}". Laat het de beheerder van deze website weten.`, { id: 'stat.card.figure-was-not-found' },
      );
    }
    return super.messageFor(problem);
  }

  /** The error state's heading: the figure's own label is not known then. */
  protected override widgetTitle(): string {
    return this.t.msg('Cijfer over digitale vaardigheden', { id: 'stat.card.figure-about-digital-skills' });
  }

  /** While loading: a skeleton of the figure, its label and its source. */
  protected override renderLoading(): TemplateResult {
    return skeleton(super.renderLoading(), ['block', 'short', 'short']);
  }

  protected override emptyMessage(): string {
    return this.t.msg('Hier hoort een cijfer te staan, maar het is niet compleet opgegeven.', { id: 'stat.card.figure-belongs-here-but' });
  }

  /** @internal What the chart part should draw now (see ChartView). */
  chartRequest(): { statistic: Statistic; type: DrawableType } | undefined {
    const type = this.chartType;
    const statistic = this.phase === 'ready' ? this.shownFrom(this.data.value) : undefined;
    return type !== 'none' && statistic ? { statistic, type } : undefined;
  }

  protected renderReady(base: Statistic | undefined): unknown {
    const statistic = this.shownFrom(base);
    if (!statistic) return nothing;
    const locale = this.locale;
    const label = localizedText(statistic.label, locale);
    const description = localizedText(statistic.description, locale);
    return html`<figure class="card" part="card">
      ${this.heading(label, 'heading')}
      ${this.readAloud.render(() => import('../read-aloud/script.js').then(({ statisticScript }) => statisticScript(this.t, statistic)))}
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
    const name = statistic.source?.name;
    const sourceYear = statistic.source?.year && statistic.source.year !== statistic.year ? ` (${statistic.source.year})` : '';
    const source = statistic.source?.url
      ? html`<a href=${statistic.source.url} rel="noopener noreferrer">${name}${sourceYear}</a>`
      : html`${name}${sourceYear}`;
    return html`${name ? html`${this.t.msg('Bron:', { id: 'stat.card.source' })} ${source}.` : this.t.msg('Bron onbekend.', { id: 'stat.card.source-unknown' })}
    ${statistic.year ? html`${this.t.msg(str`Gemeten in ${statistic.year}.`, { id: 'stat.card.measured' })}` : nothing}`;
  }
}
