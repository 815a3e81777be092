import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `onChange` when the visitor switches between light and dark in their system,
 * while the host is on the page. CSS follows by itself; what is painted on a canvas (a
 * chart) reads the theme's colours once and must be drawn again.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly query = matchMedia('(prefers-color-scheme: dark)');

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
