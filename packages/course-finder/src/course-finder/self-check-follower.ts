import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Phase, Topic } from '@digivaardig/core';

type Host = ReactiveControllerHost & { readonly followSelfCheck: boolean; readonly phase: Phase };

/**
 * `follow-self-check`: a `<dv-self-check>` on the page tells the document its result
 * (`dv-self-check-complete`), and the finder selects the topics of the weakest areas. A
 * check restored from an earlier visit can finish before the courses are here, so its
 * result waits until the finder shows them. The mapping from areas to topics is fetched
 * with the first result.
 */
export class SelfCheckFollower implements ReactiveController {
  private waiting: { readonly detail: unknown } | undefined;

  constructor(
    private readonly host: Host,
    private readonly select: (topics: Topic[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('dv-self-check-complete', this.onComplete);
  }

  hostDisconnected(): void {
    document.removeEventListener('dv-self-check-complete', this.onComplete);
  }

  hostUpdated(): void {
    const waiting = this.waiting;
    if (!waiting || this.host.phase !== 'ready') return;
    this.waiting = undefined;
    void import('../self-check-topics.js').then(({ topicsFromSelfCheck }) => {
      // A visitor at the top level everywhere has no weakest areas: nothing to select.
      const topics = topicsFromSelfCheck(waiting.detail);
      if (topics.length) this.select(topics);
    });
  }

  private readonly onComplete = (event: Event) => {
    if (!this.host.followSelfCheck) return;
    this.waiting = { detail: (event as CustomEvent<unknown>).detail };
    this.host.requestUpdate();
  };
}
