import type { CSSResult, ReactiveControllerHost } from 'lit';
import { adoptStyles } from '@digivaardig/core';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * A part of the finder that most visitors never need (the filter checkboxes, a course's
 * details, the suggestions when nothing fits): its module and its styles are fetched the
 * first time it is asked for, so the first list comes with less code. The host renders
 * again when it has arrived.
 */
export class LazyPart<Module> {
  /** The module, once it has arrived. */
  module: Module | undefined;
  private loading: Promise<Module | undefined> | undefined;

  constructor(
    private readonly host: Host,
    private readonly load: () => Promise<Module>,
    private readonly styles: (module: Module) => CSSResult,
  ) {}

  /**
   * Fetches the part (once) and adopts its styles. A part that could not be fetched
   * (offline) is simply not shown, and asked for again next time.
   */
  fetch(): Promise<Module | undefined> {
    this.loading ??= this.load().then(
      (module) => {
        adoptStyles(this.host, this.styles(module));
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      () => (this.loading = undefined),
    );
    return this.loading;
  }
}
