/*
 * A recording stand-in for the browser's speech synthesis, for tests only: headless
 * browsers usually have no voices, and a test must not depend on the machine's. It
 * records every utterance and lets the test say when the engine finishes a sentence.
 * The real API is tested separately in Chromium where the machine has a voice.
 */

export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: FakeVoice | null = null;
  rate = 1;
  pitch = 1;
  volume = 1;
  constructor(public text = '') {
    super();
  }
}

export class FakeSpeech extends EventTarget {
  /** Every utterance handed to speak(), in order, also those cancelled later. */
  readonly spoken: FakeUtterance[] = [];
  paused = false;
  private queue: FakeUtterance[] = [];

  constructor(private voices: FakeVoice[]) {
    super();
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  /** The utterance being spoken now. */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  getVoices(): FakeVoice[] {
    return this.voices;
  }

  speak(utterance: FakeUtterance): void {
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) utterance.dispatchEvent(new Event('start'));
  }

  cancel(): void {
    const [current, ...rest] = this.queue;
    this.queue = [];
    // Chromium reports a cancelled sentence as an error ("interrupted"); queued ones are dropped.
    current?.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    void rest;
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
  }

  /** The engine finished the current sentence: 'end' on it, 'start' on the next. */
  finishSentence(): void {
    const done = this.queue.shift();
    done?.dispatchEvent(new Event('end'));
    this.queue[0]?.dispatchEvent(new Event('start'));
  }

  /** Voices arrive late, as in Chrome. */
  setVoices(voices: FakeVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
}

export function fakeVoice(lang: string, localService = true): FakeVoice {
  return { name: `Test ${lang}${localService ? '' : ' (network)'}`, lang, localService, default: false, voiceURI: `test-${lang}-${localService}` };
}

/** Puts a FakeSpeech in place of `speechSynthesis` until the returned function is called. */
export function installFakeSpeech(voices: FakeVoice[]): { speech: FakeSpeech; restore: () => void } {
  const speech = new FakeSpeech(voices);
  const saved = {
    speechSynthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    SpeechSynthesisUtterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: speech });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
  return {
    speech,
    restore() {
      for (const [name, descriptor] of Object.entries(saved)) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else delete (window as unknown as Record<string, unknown>)[name];
      }
    },
  };
}
