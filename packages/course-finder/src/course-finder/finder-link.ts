import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { hashQuery, type FinderState } from '../state.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly syncUrl: boolean };

/** The key of the links the self-check makes (`#dv-course-finder?topics=safety`). */
const GENERIC_KEY = 'dv-course-finder';
/** How long the visitor pauses before the address follows (see `remember`). */
const WRITE_PAUSE_MS = 300;

/**
 * The finder in the page address. A link to the finder (the self-check's advice, a shared
 * link) is followed when the finder starts and on every `hashchange`; with `sync-url` the
 * visitor's own changes are written back (`replaceState`, so the Back button does not
 * fill up with filter steps). The code that reads and writes the address (url-state.ts)
 * is fetched only when there is a link for this finder, or `sync-url` and a change.
 */
export class FinderLink implements ReactiveController {
  /** Settles once the link the page opened with, if any, has been followed. */
  started: Promise<void> = Promise.resolve();
  private starting = true;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    /** Applies a link's state; `later` for a link followed after the start. */
    private readonly follow: (state: Partial<FinderState>, later: boolean) => void,
  ) {
    host.addController(this);
  }

  /** The finder's own key: its id (a page with two finders), else the generic one. */
  private get key(): string {
    return this.host.id || GENERIC_KEY;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    // A change not yet written is dropped with the finder: the next change writes the address.
    clearTimeout(this.writeTimer);
  }

  /** The first update sets the attributes' state; the link the page opened with goes on top. */
  hostUpdate(): void {
    if (!this.starting) return;
    this.starting = false;
    // Without the address code (offline), the finder starts from its attributes.
    this.started = this.followLink(false).catch(() => undefined);
  }

  /**
   * With `sync-url`: the visitor's state into the address, once the visitor pauses.
   * Safari refuses more than 100 `replaceState` calls in 30 seconds (a SecurityError), and
   * typing a search is a change a key: one write a pause is enough for a link to share.
   */
  remember(state: FinderState): void {
    if (!this.host.syncUrl) return;
    clearTimeout(this.writeTimer);
    this.writeTimer = setTimeout(() => void this.write(state), WRITE_PAUSE_MS);
  }

  private async write(state: FinderState): Promise<void> {
    const { stateHash } = await import('../url-state.js');
    const hash = stateHash(state, this.key);
    if (hash === location.hash) return;
    try {
      history.replaceState(history.state, '', hash);
    } catch (error) {
      // Still refused (a page that writes the address itself a lot): the finder works on.
      console.warn(`<${this.host.localName}>: the page address could not be updated.`, error);
    }
  }

  private readonly onHashChange = () => void this.followLink(true);

  private async followLink(later: boolean): Promise<void> {
    const query = hashQuery(location.hash, this.key) ?? hashQuery(location.hash, GENERIC_KEY);
    if (query === undefined) return;
    const { parseState } = await import('../url-state.js');
    this.follow(parseState(query), later);
  }
}
