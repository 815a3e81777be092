import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Localize } from '../i18n/translator.js';
import type { ReadAloud } from './read-aloud-controller.js';
import { speech } from './voices.js';
import type { VoiceWatch } from './read-aloud-watch.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What a widget reads: the sentences of its current screen (may load its script builder first). */
export type ReadAloudScript = () => readonly string[] | Promise<readonly string[]>;

/**
 * A widget's "Lees voor" part. All that loads with the widget is this small watcher: on a
 * device with no local voice at all (many headless and some locked-down browsers) nothing
 * more loads. Once there is one, the voice watch (`VoiceWatch`: a voice for the widget's
 * language? `read-aloud="none"`?) loads, and with a voice for the language the controller,
 * the button and the transcript: a page pays for read-aloud only where it can speak.
 *
 * In the element: `private readonly readAloud = new ReadAloudPart(this, this.t);` and in
 * its render, below the heading: `${this.readAloud.render(() => script(...), screenKey)}`.
 */
export class ReadAloudPart implements ReactiveController {
  private watch: VoiceWatch | undefined;
  private loading = false;

  constructor(
    private readonly host: Host,
    private readonly t: Localize,
  ) {
    host.addController(this);
  }

  /** The controller, once a voice was found and the button loaded. */
  get reader(): ReadAloud | undefined {
    return this.watch?.reader;
  }

  hostConnected(): void {
    // Chrome fills the voice list after page load and announces it with this event.
    if (!this.watch) speech()?.addEventListener('voiceschanged', this.onVoicesChanged);
    this.onVoicesChanged();
  }

  hostDisconnected(): void {
    speech()?.removeEventListener('voiceschanged', this.onVoicesChanged);
  }

  /** Stops a reading in progress. */
  stop(): void {
    this.watch?.stop();
  }

  /**
   * The button (and, while reading, the transcript); nothing without a voice or when turned
   * off. `screen` names what is on show: when it changes, a reading in progress stops.
   */
  render(script: ReadAloudScript, screen = ''): TemplateResult | typeof nothing {
    return this.watch ? this.watch.render(script, screen) : nothing;
  }

  private readonly onVoicesChanged = () => {
    if (this.loading || !speech()?.getVoices().some((voice) => voice.localService)) return;
    this.loading = true;
    speech()?.removeEventListener('voiceschanged', this.onVoicesChanged);
    import('./read-aloud-watch.js').then(
      ({ VoiceWatch }) => {
        // A controller added to a connected host is connected at once (it then watches the voices).
        this.watch = new VoiceWatch(this.host, this.t);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn(`<${this.host.localName}>: the read-aloud button could not be loaded.`, error);
      },
    );
  };
}
