import { css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { DvElement, parseChoice, skeleton, skeletonStyles, type LoadContext, type Statistic } from '@digivaardig/core';
import { loadStatistics } from '../statistics-source.js';
import { selectStatistics, TOPICS, type Topic } from './select-statistics.js';
import { CHART_TYPES, type ChartType } from '../chart/chart-types.js';

/**
 * Several key figures side by side, from one column on a phone to as many as fit.
 *
 * @summary A responsive grid of stat cards, by id or by topic.
 * @tag dv-stat-grid
 *
 * @attr stats - Comma-separated statistic ids, shown in this order.
 * @attr topic - `skills`, `government`, `ido`, `access` or `safety`: every statistic on that topic (`all`, the default: every statistic).
 * @attr chart - Chart type for every card: `none` (default), `bar`, `line` or `doughnut`.
 * @attr read-aloud - `auto` (default) or `none`: `none` hides every card's "Lees voor" button (for a site with its own read-aloud tool).
 *
 * @csspart grid - The list that holds the cards.
 * @cssprop --dv-stat-grid-min - Narrowest a card may get before the grid wraps (default 16em).
 */
export class DvStatGrid extends DvElement<Statistic[]> {
  static override styles = [
    ...DvElement.styles,
    skeletonStyles,
    css`
      ul {
        display: grid;

        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--dv-stat-grid-min, 16em)), 1fr));
        gap: var(--_space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: flex;
      }
      li > * {
        flex: 1;
        /* A chart's canvas must not hold its card wider than the column (phone turned upright). */
        min-width: 0;
        /* The grid's reserved size is not a card's. */
        --_dv-reserve: auto;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    stats: {},
    topic: {},
    chart: {},
    readAloud: { attribute: 'read-aloud' },
  };

  /** Comma-separated statistic ids, shown in this order. */
  stats = '';
  /** `skills`, `government`, `ido`, `access`, `safety`, or `all` (default). */
  topic = '';
  /** Chart type for every card: `none` (default), `bar`, `line` or `doughnut`. */
  chart = '';
  /** `none`: no "Lees voor" button on the cards. */
  readAloud = '';

  protected override loadArgs(): readonly unknown[] {
    return [this.src, this.stats, this.topic];
  }

  /** Checked once here, so a bad value warns once and not once per card. */
  private get chartType(): ChartType {
    return this.checked('chart', this.chart, parseChoice(this.chart, CHART_TYPES, 'none'));
  }

  /** The statistics to show, in order. */
  protected async load(context: LoadContext): Promise<Statistic[]> {
    const topic = this.checked('topic', this.topic, parseChoice<Topic | 'all'>(this.topic, [...TOPICS, 'all'], 'all'));
    const all = await loadStatistics(this.src, context, this.localName, this);
    const { selected, unknown } = selectStatistics(all, this.stats, topic === 'all' ? undefined : topic);
    for (const id of unknown) this.warnOnce('stats', id, 'nothing');
    return selected;
  }

  protected countOf(selected: Statistic[]): number {
    return selected.length;
  }

  /** While loading: a skeleton of the first cards: figure, label, source. */
  protected override renderLoading(): TemplateResult {
    return skeleton(super.renderLoading(), ['block', 'short', 'short', 'block', 'short', 'short']);
  }

  protected override emptyMessage(): string {
    return this.t.msg('Er zijn geen cijfers gevonden bij deze keuze.', { id: 'stat.grid.no-figures-were-found' });
  }

  protected renderReady(selected: Statistic[]): unknown {
    // Each card keeps the grid's language, theme and heading level; one shared dataset load.
    return html`<ul part="grid" role="list">
      ${selected.map(
        (statistic) => html`<li>
          <dv-stat-card
            .statistic=${statistic}
            lang=${this.locale}
            heading-level=${String(this.level)}
            chart=${this.chartType}
            theme=${this.theme || 'auto'}
            read-aloud=${this.readAloud || nothing}
            exportparts="card, heading, value, compare, description, chart, table, source, read-aloud, read-aloud-button, read-aloud-stop, read-aloud-text"
          ></dv-stat-card>
        </li>`,
      )}
    </ul>`;
  }
}
