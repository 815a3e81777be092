import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load is: not started (or cut short), running, done, or failed. */
export const LoadStatus = { INITIAL: 0, PENDING: 1, COMPLETE: 2, ERROR: 3 } as const;
export type LoadStatus = (typeof LoadStatus)[keyof typeof LoadStatus];

export interface LoadOptions<Args extends readonly unknown[], Value> {
  /** The data inputs: the load runs again before an update in which one of them changed. */
  args: () => Args;
  /** The load itself; it should stop when `signal` aborts. */
  task: (args: Args, context: { signal: AbortSignal }) => Promise<Value>;
  /** Called with the value of the latest load once it completes. */
  onComplete?: (value: Value) => void;
  /** Called with the error of the latest load when it fails (not when it was aborted). */
  onError?: (error: unknown) => void;
}

/**
 * The base element's loading, as a reactive controller: the part of `@lit/task` that every
 * widget needs on its first render, in a quarter of its size (the finders keep `Task` for
 * their searches). Same behaviour: it runs before an update in which an argument changed
 * (compared one by one, like Lit's `notEqual`), the latest run wins, a newer run or
 * `abort()` aborts the older one's signal, and the host updates when a run starts and
 * ends. One difference, on purpose: a run that fails after its signal was aborted ends
 * in `INITIAL`, not `ERROR` (the base element returned `initialState` for that).
 */
export class LoadController<Args extends readonly unknown[], Value> implements ReactiveController {
  status: LoadStatus = LoadStatus.INITIAL;
  /** The latest load's value (kept while a newer one runs; undefined after an error). */
  value: Value | undefined;
  /** The latest load's error, after a failure. */
  error: unknown;
  private args: Args | undefined;
  private runs = 0;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: LoadOptions<Args, Value>,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.options.args();
    const last = this.args;
    if (!last || args.length !== last.length || args.some((arg, i) => !Object.is(arg, last[i]))) void this.run(args);
  }

  /** Loads now (with the current arguments unless given), aborting a load that runs. */
  async run(args = this.options.args()): Promise<void> {
    this.args = args;
    this.abort();
    const controller = (this.controller = new AbortController());
    const run = ++this.runs;
    this.status = LoadStatus.PENDING;
    this.host.requestUpdate();
    let value: Value | undefined;
    let error: unknown;
    let status: LoadStatus = LoadStatus.COMPLETE;
    try {
      value = await this.options.task(args, { signal: controller.signal });
    } catch (thrown) {
      // Cut short by a newer load, abort() or leaving the page: nothing to show.
      status = controller.signal.aborted ? LoadStatus.INITIAL : LoadStatus.ERROR;
      error = thrown;
    }
    if (run !== this.runs) return;
    if (status !== LoadStatus.INITIAL) {
      try {
        if (status === LoadStatus.COMPLETE) this.options.onComplete?.(value as Value);
        else this.options.onError?.(error);
      } catch {
        // As in @lit/task: a failing callback does not change the load's outcome.
      }
      this.value = value;
      this.error = error;
    }
    this.status = status;
    this.host.requestUpdate();
  }

  /** Aborts the running load, if any; it then ends in `INITIAL`. */
  abort(): void {
    if (this.status === LoadStatus.PENDING) this.controller?.abort();
  }
}
