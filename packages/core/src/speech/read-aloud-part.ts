import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Localize } from '../i18n/translator.js';
import { adoptStyles } from '../styles/adopt.js';
import { ReadAloud } from './read-aloud-controller.js';

type Host = ReactiveControllerHost & HTMLElement;
type View = typeof import('./read-aloud-view.js');

/** What a widget reads: the sentences of its current screen (may load its script builder first). */
export type ReadAloudScript = () => readonly string[] | Promise<readonly string[]>;

/**
 * A widget's "Lees voor" part: the `ReadAloud` controller (small, always there) and its
 * button and transcript, which load only when this device has a local voice for the
 * widget's language, so a page without one downloads none of it. The webmaster turns it
 * off with `read-aloud="off"` on the element (for a site with its own read-aloud tool).
 *
 * In the element: `private readonly readAloud = new ReadAloudPart(this, this.t);` and in
 * its render, below the heading: `${this.readAloud.render(() => script(...))}`.
 */
export class ReadAloudPart implements ReactiveController {
  readonly reader: ReadAloud;
  private view: View | undefined;
  private loading = false;
  private screen = '';
  private observer: MutationObserver | undefined;

  constructor(
    private readonly host: Host,
    private readonly t: Localize,
  ) {
    this.reader = new ReadAloud(host, () => t.locale);
    host.addController(this);
  }

  /** False when the webmaster set `read-aloud="off"`. */
  get enabled(): boolean {
    return this.host.getAttribute('read-aloud')?.trim().toLowerCase() !== 'off';
  }

  hostConnected(): void {
    // An attribute the element does not declare: watched here, so every widget gets it alike.
    this.observer = new MutationObserver(() => {
      if (!this.enabled) this.reader.stop();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['read-aloud'] });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /**
   * The button (and, while reading, the transcript); nothing without a voice or when turned
   * off. `screen` names what is on show: when it changes, a reading in progress stops.
   */
  render(script: ReadAloudScript, screen = ''): TemplateResult | typeof nothing {
    // Another screen (the next statement, the result): what was being read is gone.
    if (screen !== this.screen) {
      this.screen = screen;
      if (this.reader.state !== 'idle') this.reader.stop();
    }
    if (!this.enabled || !this.reader.available) return nothing;
    const view = this.view;
    if (!view) {
      this.load();
      return nothing;
    }
    return view.readAloudTemplate(this.reader, view.readAloudWords(this.t), script);
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    import('./read-aloud-view.js').then(
      (view) => {
        adoptStyles(this.host as unknown as { renderRoot: HTMLElement | DocumentFragment }, view.readAloudStyles);
        this.view = view;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn(`<${this.host.localName}>: the read-aloud button could not be loaded.`, error);
      },
    );
  }
}
