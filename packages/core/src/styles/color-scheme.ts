import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { watchPageTheme } from './host-theme.js';

/**
 * Calls `onChange` when the host page turns dark or light (what `theme="auto"` follows),
 * while the host is on the page. CSS follows by itself; what is painted on a canvas (a
 * chart) reads the theme's colours once and must be drawn again.
 */
export class ColorSchemeController implements ReactiveController {
  private stop: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = watchPageTheme(this.onChange);
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
