import { decodeProgress, encodeProgress, storageKey, type Progress, type QuestionSet } from '@digivaardig/core';

/*
 * localStorage for `persist` only. Storage may be switched off, full, or throw in a
 * private window: the check then simply works without remembering.
 */

/** Saved progress for this set, or undefined (nothing, or something unusable: then removed). */
export function readProgress(set: QuestionSet): Progress | undefined {
  try {
    const key = storageKey(set.framework);
    const raw = localStorage.getItem(key);
    const progress = decodeProgress(raw, set);
    // Old or corrupt values are dropped quietly, so they are not read again.
    if (raw !== null && progress === undefined) localStorage.removeItem(key);
    return progress;
  } catch {
    return undefined;
  }
}

export function writeProgress(progress: Progress): void {
  try {
    localStorage.setItem(storageKey(progress.framework), encodeProgress(progress));
  } catch {
    // Not stored; the visitor can still finish the check.
  }
}

export function clearProgress(framework: string): void {
  try {
    localStorage.removeItem(storageKey(framework));
  } catch {
    // Nothing to clear.
  }
}
