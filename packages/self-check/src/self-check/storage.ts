import { decodeProgress, encodeProgress, storageKey, type Area, type Progress, type QuestionSet } from '@digivaardig/core';

/*
 * localStorage for `persist` only. Storage may be switched off, full, or throw in a
 * private window: the check then simply works without remembering.
 */

/**
 * The key for a framework's progress: `dv-self-check:v1:digiq` for the whole check, and
 * with the areas asked appended for a part of it (`…:digiq:safety,ai`), so two checks with
 * different `areas` on one site never resume each other's progress (its `step` counts the
 * statements of the areas asked).
 */
export function progressKey(framework: string, areaIds?: readonly string[]): string {
  const base = storageKey(framework);
  return areaIds?.length ? `${base}:${areaIds.map(encodeURIComponent).join(',')}` : base;
}

/**
 * The ids of the areas asked when they are a part of the set (`areas`), else undefined
 * (the whole set): progress is kept per selection, as its step counts the statements of
 * those areas only.
 */
export function storedAreaIds(set: { readonly areas: readonly unknown[] }, asked: readonly Pick<Area, 'id'>[]): string[] | undefined {
  return asked.length < set.areas.length ? asked.map((area) => area.id) : undefined;
}

/** Saved progress for this set, or undefined (nothing, or something unusable: then removed). */
export function readProgress(set: QuestionSet, areaIds?: readonly string[]): Progress | undefined {
  try {
    const key = progressKey(set.framework, areaIds);
    const raw = localStorage.getItem(key);
    const progress = decodeProgress(raw, set);
    // Old or corrupt values are dropped quietly, so they are not read again.
    if (raw !== null && progress === undefined) localStorage.removeItem(key);
    return progress;
  } catch {
    return undefined;
  }
}

export function writeProgress(progress: Progress, areaIds?: readonly string[]): void {
  try {
    localStorage.setItem(progressKey(progress.framework, areaIds), encodeProgress(progress));
  } catch {
    // Not stored; the visitor can still finish the check.
  }
}

export function clearProgress(framework: string, areaIds?: readonly string[]): void {
  try {
    localStorage.removeItem(progressKey(framework, areaIds));
  } catch {
    // Nothing to clear.
  }
}
