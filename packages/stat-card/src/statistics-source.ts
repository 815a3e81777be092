import { loadSource, type LoadContext, type Statistic } from '@digivaardig/core';

let embedded: Promise<Statistic[]> | undefined;

/** The embedded statistics, fetched once per page and only when a card needs them. */
export function embeddedStatistics(): Promise<Statistic[]> {
  embedded ??= import('@digivaardig/data/statistics').then((module) => module.statistics);
  return embedded;
}

/** Statistics from `src` (what was read goes to `report`), or the embedded dataset without it. */
export function loadStatistics(src: string, { signal, fresh, report }: LoadContext, tag: string): Promise<Statistic[]> {
  return loadSource<Statistic>(src, 'statistic', { embedded: embeddedStatistics, signal, tag, fresh, onReport: report });
}
