import { loadSource, type Statistic } from '@digivaardig/core';

let embedded: Promise<Statistic[]> | undefined;

/** The embedded statistics, fetched once per page and only when a card needs them. */
export function embeddedStatistics(): Promise<Statistic[]> {
  embedded ??= import('@digivaardig/data/statistics').then((module) => module.statistics);
  return embedded;
}

/** Statistics from `src`, or the embedded dataset without it. */
export function loadStatistics(src: string, signal: AbortSignal, tag: string, fresh = false): Promise<Statistic[]> {
  return loadSource<Statistic>(src, 'statistic', { embedded: embeddedStatistics, signal, tag, fresh });
}
