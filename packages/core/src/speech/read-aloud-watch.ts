import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { NONE, parseChoice } from '../attributes.js';
import type { Localize } from '../i18n/translator.js';
import type { ReadAloud } from './read-aloud-controller.js';
import type { ReadAloudScript } from './read-aloud-part.js';
import { speech, voiceFor } from './voices.js';

type Host = ReactiveControllerHost & HTMLElement;
type View = typeof import('./read-aloud-view.js');

const CHOICES = ['auto', NONE] as const;

/**
 * The middle of a widget's "Lees voor" part, loaded by `ReadAloudPart` once the device
 * has some local voice: it watches whether there is one for the widget's language and
 * whether the webmaster turned read-aloud off (`read-aloud="none"`, for a site with its
 * own read-aloud tool). Only with a voice do the `ReadAloud` controller, the button and
 * the transcript load (one more chunk).
 */
export class VoiceWatch implements ReactiveController {
  /** The controller, once a voice was found and the view loaded. */
  reader: ReadAloud | undefined;
  private view: View | undefined;
  private loading = false;
  private screen = '';
  private warned: string | null = null;
  private observer: MutationObserver | undefined;
  private voices: readonly SpeechSynthesisVoice[] = [];

  constructor(
    private readonly host: Host,
    private readonly t: Localize,
  ) {
    host.addController(this);
  }

  /** False when the webmaster set `read-aloud="none"` (or another "off" word: then with a warning). */
  get enabled(): boolean {
    const raw = this.host.getAttribute('read-aloud');
    const { value, invalid } = parseChoice(raw, CHOICES, 'auto');
    if (invalid && raw !== this.warned) {
      this.warned = raw;
      console.warn(`<${this.host.localName}>: read-aloud="${raw}" is not a choice (auto, none); used "${value}".`);
    }
    return value !== NONE;
  }

  /** True when this device has a local voice for the widget's language. */
  get available(): boolean {
    return Boolean(voiceFor(this.voices, this.t.locale));
  }

  hostConnected(): void {
    const synth = speech();
    if (synth) {
      this.voices = synth.getVoices();
      // Chrome fills the list after page load and announces it with this event.
      synth.addEventListener('voiceschanged', this.onVoicesChanged);
    }
    // An attribute the element does not declare: watched here, so every widget gets it alike.
    this.observer = new MutationObserver(() => {
      if (!this.enabled) this.stop();
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['read-aloud'] });
  }

  hostDisconnected(): void {
    speech()?.removeEventListener('voiceschanged', this.onVoicesChanged);
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Stops a reading in progress. */
  stop(): void {
    if (this.reader && this.reader.state !== 'idle') this.reader.stop();
  }

  /**
   * The button (and, while reading, the transcript); nothing without a voice or when turned
   * off. `screen` names what is on show: when it changes, a reading in progress stops.
   */
  render(script: ReadAloudScript, screen = ''): TemplateResult | typeof nothing {
    // Another screen (the next statement, the result): what was being read is gone.
    if (screen !== this.screen) {
      this.screen = screen;
      this.stop();
    }
    if (!this.enabled || !this.available) return nothing;
    const { view, reader } = this;
    if (!view || !reader) {
      this.load();
      return nothing;
    }
    return view.readAloudTemplate(reader, view.readAloudWords(this.t), script);
  }

  private load(): void {
    if (this.loading) return;
    this.loading = true;
    import('./read-aloud-view.js').then(
      (view) => {
        view.adoptReadAloudStyles(this.host as unknown as { renderRoot: HTMLElement | DocumentFragment });
        this.reader = new view.ReadAloud(this.host, () => this.t.locale);
        this.view = view;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.loading = false;
        console.warn(`<${this.host.localName}>: the read-aloud button could not be loaded.`, error);
      },
    );
  }

  private readonly onVoicesChanged = () => {
    this.voices = speech()?.getVoices() ?? [];
    this.host.requestUpdate();
  };
}
