import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Search engines read schema.org data from a `<script type="application/ld+json">` in the
 * page, not from inside a shadow root. This controller keeps one such script as a child of
 * the finder, in the light DOM, made with createElement and textContent only (never HTML).
 * After every update it writes what `text()` gives (undefined: no script), in a task of
 * its own so it never delays the list; the script leaves the page with the finder and
 * comes back with it.
 */
export class JsonLdController implements ReactiveController {
  private script: HTMLScriptElement | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly text: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.schedule();
  }

  hostUpdated(): void {
    this.schedule();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.script?.remove();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.write());
  }

  private write(): void {
    const text = this.host.isConnected ? this.text() : undefined;
    if (text === undefined) {
      this.script?.remove();
      return;
    }
    if (!this.script) {
      this.script = document.createElement('script');
      this.script.type = 'application/ld+json';
      this.script.dataset.dvCourseFinder = '';
    }
    if (this.script.parentNode !== this.host) this.host.append(this.script);
    if (this.script.textContent !== text) this.script.textContent = text;
  }
}
