import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../i18n/locale.js';
import { speech, voiceFor } from './voices.js';

export { voiceFor } from './voices.js';

/** Where a read-aloud is: silent, reading a sentence, or paused in one. */
export type ReadingState = 'idle' | 'reading' | 'paused';

// Slightly slower than the engine's default: the listeners include people who read with
// difficulty and people still learning the language.
const RATE = 0.9;

/**
 * Reads a widget's current screen aloud with the browser's own speech synthesis
 * (`speechSynthesis`), one sentence at a time so the view can highlight the sentence
 * being read. It speaks only when the visitor asks (never on its own, so it does not
 * talk over a screen reader), and stops when the widget leaves the page.
 *
 * Speech is one queue per page: when another widget starts reading, this one's sentence
 * is cancelled and it returns to `idle`.
 */
export class ReadAloud implements ReactiveController {
  state: ReadingState = 'idle';
  /** The sentences of the current reading; empty when idle. */
  sentences: readonly string[] = [];
  /** Index of the sentence being read (or paused in), -1 when idle. */
  current = -1;
  private voices: readonly SpeechSynthesisVoice[] = [];
  // Each reading gets a number; events of a cancelled utterance carry an older one.
  private reading = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly locale: () => Locale,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const synth = speech();
    if (!synth) return;
    this.voices = synth.getVoices();
    // Chrome fills the list after page load and announces it with this event.
    synth.addEventListener('voiceschanged', this.onVoicesChanged);
  }

  hostDisconnected(): void {
    speech()?.removeEventListener('voiceschanged', this.onVoicesChanged);
    if (this.state !== 'idle') this.stop();
  }

  /** True when this device has a local voice for the widget's language. */
  get available(): boolean {
    return Boolean(speech() && voiceFor(this.voices, this.locale()));
  }

  /**
   * The one button's action: start reading `script()`, pause, or go on. The script may
   * arrive later (a widget loads its script builder on the first press).
   */
  toggle(script: () => readonly string[] | Promise<readonly string[]>): void {
    if (this.state === 'reading') this.pause();
    else if (this.state === 'paused') this.resume();
    else {
      const sentences = script();
      if (!('then' in sentences)) {
        this.read(sentences);
        return;
      }
      const reading = this.reading;
      sentences.then(
        // Stopped or started elsewhere meanwhile: this press is void.
        (sentences) => reading === this.reading && this.state === 'idle' && this.read(sentences),
        (error: unknown) => console.warn(`<${this.host.localName}>: the text to read aloud could not be made.`, error),
      );
    }
  }

  read(sentences: readonly string[]): void {
    const synth = speech();
    const voice = voiceFor(this.voices, this.locale());
    if (!synth || !voice || !sentences.length) return;
    synth.cancel();
    const reading = ++this.reading;
    this.sentences = sentences;
    this.state = 'reading';
    this.speakFrom(0, reading, voice);
  }

  pause(): void {
    if (this.state !== 'reading') return;
    speech()?.pause();
    this.change('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    speech()?.resume();
    this.change('reading');
  }

  stop(): void {
    this.reading++;
    const synth = speech();
    synth?.cancel();
    // A paused engine stays paused after cancel() in some browsers: the next reading would be silent.
    synth?.resume();
    this.finish();
  }

  private speakFrom(index: number, reading: number, voice: SpeechSynthesisVoice): void {
    if (reading !== this.reading) return;
    if (index >= this.sentences.length) {
      this.finish();
      return;
    }
    this.current = index;
    this.host.requestUpdate();
    const utterance = new SpeechSynthesisUtterance(this.sentences[index]);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE;
    utterance.addEventListener('end', () => this.speakFrom(index + 1, reading, voice));
    // "interrupted"/"canceled" when another reading took over, or a failing engine: silent either way.
    utterance.addEventListener('error', () => reading === this.reading && this.finish());
    speech()?.speak(utterance);
  }

  private finish(): void {
    this.sentences = [];
    this.current = -1;
    this.change('idle');
  }

  private change(state: ReadingState): void {
    this.state = state;
    this.host.requestUpdate();
  }

  private readonly onVoicesChanged = () => {
    this.voices = speech()?.getVoices() ?? [];
    this.host.requestUpdate();
  };
}
