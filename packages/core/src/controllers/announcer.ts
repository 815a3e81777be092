import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a widget's polite live region says: "12 cursussen gevonden", "Je uitslag staat
 * klaar". The words are kept as a function and asked for at render time, so they come in
 * the widget's language of that moment (also after a language switch), not in the
 * language of the click handler that asked for them.
 */
export class Announcer implements ReactiveController {
  #words: (() => string) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `words` now. */
  say(words: () => string): void {
    clearTimeout(this.#timer);
    this.#words = words;
    this.host.requestUpdate();
  }

  /** Says `words` once the visitor pauses (while typing: one announcement, not one a key). */
  sayAfterPause(words: () => string, ms = 700): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.say(words), ms);
  }

  /** Stops a pending announcement and empties the region. */
  clear(): void {
    clearTimeout(this.#timer);
    if (this.#words === undefined) return;
    this.#words = undefined;
    this.host.requestUpdate();
  }

  /** The live region's text; call it from `render()`, where the widget's language holds. */
  get text(): string {
    return this.#words?.() ?? '';
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
