import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { adoptStyles, ColorSchemeController, pageIsDark, localizedText, translucent, type CheckResult, type Locale, type QuestionSet } from '@digivaardig/core';
import type { Localize } from '@digivaardig/core';

/** The result the radar shows, with its set (for the area names) and the language to name them in. */
export interface RadarData {
  readonly set: QuestionSet;
  readonly result: CheckResult;
  readonly locale: Locale;
}

/** The radar's points: the area names in the visitor's language, and their scores (null: a gap). */
function points({ set, result, locale }: RadarData): { labels: string[]; values: (number | null)[] } {
  const titles = new Map(set.areas.map((area) => [area.id, localizedText(area.title, locale)]));
  return { labels: result.areas.map((area) => titles.get(area.id) ?? area.id), values: result.areas.map((area) => area.score) };
}

/** What the radar needs of the self-check it lives in. */
export interface RadarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** `auto`, `light` or `dark`: the colours follow it. */
  readonly theme: string;
  /** The check's words, in its language. */
  readonly t: Localize;
}

/** Styles of the radar, adopted by the check when the result arrives. */
export const radarStyles = css`
  .radar {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .canvas-box {
    position: relative;
    height: min(24em, 80vw);
  }
  .radar figcaption {
    font-size: 0.875em;
    color: var(--_muted);
  }
`;

/** True when `theme="auto"` is dark now: the host page is dark (core's host-theme). */
const darkScheme = pageIsDark;

/**
 * The radar chart of a result (`chart="radar"`), built like the stat card's ChartView: it
 * arrives with the result view, and Chart.js only when there is a radar to draw. As a
 * Lit controller it follows the check: it draws again when the scores, the language, the
 * theme or the visitor's colour scheme change (a Task whose arguments are those, so the
 * last change wins and an older draw is dropped), lets go of the chart when the check
 * leaves the page and draws it again when the check comes back. The text and the bars
 * carry the same facts: when drawing fails, the picture is left out.
 */
export class RadarView implements ReactiveController {
  #chart: { destroy(): void } | undefined;
  #failed = false;
  #left = false;
  readonly #draw: Task<readonly [HTMLCanvasElement | null, string, string, boolean], void>;

  constructor(
    private readonly host: RadarHost,
    /** What to draw now; undefined draws nothing (no radar asked for, or no result). */
    private readonly data: () => RadarData | undefined,
  ) {
    adoptStyles(host, radarStyles);
    this.#draw = new Task(host, {
      // After the update, so the canvas the update made is there.
      autoRun: 'afterUpdate',
      args: () => {
        const shown = data();
        const canvas = host.renderRoot.querySelector<HTMLCanvasElement>('.radar canvas');
        return [canvas, JSON.stringify(shown ? points(shown) : null), host.theme, darkScheme()] as const;
      },
      task: ([canvas], { signal }) => this.#paint(canvas, signal),
    });
    host.addController(this);
    // The host page turns dark or light: the next update draws in the new colours.
    new ColorSchemeController(host, () => host.requestUpdate());
  }

  hostConnected(): void {
    // Back on the page after a move (the chart was let go on leaving): draw it again.
    if (!this.#left) return;
    this.#left = false;
    void this.#draw.run();
  }

  hostDisconnected(): void {
    this.#left = true;
    this.#draw.abort();
    this.#destroy();
  }

  /** The figure with its canvas and caption, in the check's language. */
  render(): TemplateResult | typeof nothing {
    if (this.#failed) return nothing;
    return html`<figure class="radar" part="radar">
      <div class="canvas-box"><canvas aria-hidden="true"></canvas></div>
      <figcaption>${this.host.t.msg('Dezelfde scores als in de balken hierboven, als een web. Hoe verder naar buiten, hoe beter.', { id: 'check.radar.same-scores-as-bars' })}</figcaption>
    </figure>`;
  }

  async #paint(canvas: HTMLCanvasElement | null, signal: AbortSignal): Promise<void> {
    this.#destroy();
    const shown = this.data();
    if (!canvas || !shown) return;
    try {
      const { drawRadarChart } = await import('./radar-chart.js');
      // Gone, or a newer draw started while this one waited for Chart.js.
      if (signal.aborted || !canvas.isConnected) return;
      const style = getComputedStyle(this.host);
      const read = (name: string) => style.getPropertyValue(`--_${name}`).trim();
      const primary = read('primary');
      this.#chart = drawRadarChart(canvas, {
        ...points(shown),
        // Theme tokens may be any CSS colour; the see-through ones are resolved by the browser.
        colors: {
          primary,
          fill: translucent(primary, 0.2, this.host.renderRoot),
          text: read('text'),
          grid: translucent(read('border'), 0.4, this.host.renderRoot),
        },
        reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
      });
    } catch (error) {
      console.warn(`<${this.host.localName}>: the radar chart could not be drawn.`, error);
      this.#failed = true;
      this.host.requestUpdate();
    }
  }

  #destroy(): void {
    this.#chart?.destroy();
    this.#chart = undefined;
  }
}
