import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves keyboard focus to an element that the next render makes: the first new result
 * after "Toon meer", the field after a failed search, a location chosen on the map. The
 * element asks (`request`) and this controller focuses it once the update is done, and
 * scrolls it into view so a sighted keyboard user sees where focus went.
 */
export class FocusAfterUpdate implements ReactiveController {
  #find: (() => HTMLElement | null | undefined) | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** After the next update, focuses what `find` returns (nothing when it returns nothing). */
  request(find: () => HTMLElement | null | undefined): void {
    this.#find = find;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const find = this.#find;
    if (!find) return;
    this.#find = undefined;
    const element = find();
    if (!element) return;
    element.focus();
    // Firefox does not focus a just-rendered fieldset <legend tabindex="-1"> (it stays on
    // <body>) until the legend has been laid out: lay it out, and focus again.
    if ((element.getRootNode() as Document | ShadowRoot).activeElement !== element) {
      element.getBoundingClientRect();
      element.focus();
    }
    element.scrollIntoView?.({ block: 'nearest' });
  }

  hostDisconnected(): void {
    this.#find = undefined;
  }
}
