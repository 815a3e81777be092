import type { ReactiveController } from 'lit';
import { adoptStyles } from '@digivaardig/core';
import type { RadarData, RadarHost, RadarView } from '../radar/radar-view.js';

type ResultView = typeof import('./result-view.js');

export interface ResultPartOptions {
  /** True while the check is at its result: the part then loads by itself. */
  readonly wanted: () => boolean;
  /** What the radar draws now (see RadarView). */
  readonly radar: () => RadarData | undefined;
  /** The part could not be loaded (offline) while the check is at its result. */
  readonly failed: (error: unknown) => void;
}

/**
 * The result screen's code, its styles and its radar arrive only when a visitor reaches
 * the result, so a visitor who never finishes never loads them. The element asks for
 * them (`load()`) before it shows a result it made; a result the check opens on from
 * outside (answers the page gave) loads them by itself at the update. A controller, so
 * that it sees those updates.
 */
export class ResultPart implements ReactiveController {
  /** The result view, once it is here. */
  view: ResultView | undefined;
  /** The result's radar chart, made with the view. */
  radar: RadarView | undefined;
  #loading: Promise<ResultView> | undefined;
  /** The last load failed: no new try by itself (the element shows the problem), only when asked. */
  #failed = false;

  constructor(
    private readonly host: RadarHost,
    private readonly options: ResultPartOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (!this.#loading && !this.#failed && this.options.wanted()) this.load().catch(this.options.failed);
  }

  /** Loads the result view (once), adopts its styles and makes the radar. */
  load(): Promise<ResultView> {
    this.#failed = false;
    this.#loading ??= import('./result-view.js').then(
      (view) => {
        adoptStyles(this.host, view.resultStyles);
        this.radar = new view.RadarView(this.host, this.options.radar);
        this.view = view;
        this.host.requestUpdate();
        return view;
      },
      (error: unknown) => {
        // Asked again later (the visitor may be back online), it tries again.
        this.#loading = undefined;
        this.#failed = true;
        throw error;
      },
    );
    return this.#loading;
  }
}
