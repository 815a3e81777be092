import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { encodeProgress, type Area, type Progress, type QuestionSet } from '@digivaardig/core';
import { clearProgress, progressKey, readProgress, storedAreaIds, writeProgress } from './storage.js';

/** What a check would keep now: its set, the areas asked, and its progress (undefined: nothing to keep). */
export interface Keepable {
  readonly set: QuestionSet;
  readonly areas: readonly Area[];
  readonly progress: Progress | undefined;
}

/**
 * `persist`: the visitor's progress in localStorage, so a reload goes on where they were.
 * A controller, because keeping follows the check after every update, whatever moved it
 * (a press, the `answers` property, "Opnieuw beginnen", "Wis mijn antwoorden"), instead
 * of a save() after each move. Without `persist` it reads, writes and removes nothing:
 * what is stored then belongs to another page's check.
 */
export class SavedProgress implements ReactiveController {
  /** The key and value written last, so an update that changed nothing writes nothing. */
  #written: string | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: { readonly on: () => boolean; readonly now: () => Keepable | undefined },
  ) {
    host.addController(this);
  }

  /** The progress an earlier visit saved for these areas of the set (with `persist`). */
  read(set: QuestionSet, areas: readonly Area[]): Progress | undefined {
    return this.options.on() ? readProgress(set, storedAreaIds(set, areas)) : undefined;
  }

  hostUpdated(): void {
    const now = this.options.on() ? this.options.now() : undefined;
    if (!now) return;
    const areaIds = storedAreaIds(now.set, now.areas);
    const record = `${progressKey(now.set.framework, areaIds)} ${now.progress ? encodeProgress(now.progress) : ''}`;
    if (record === this.#written) return;
    this.#written = record;
    if (now.progress) writeProgress(now.progress, areaIds);
    else clearProgress(now.set.framework, areaIds);
  }
}
