import { loadSource, withDataTexts, type DataTextsHost, type LoadContext, type Statistic } from '@digivaardig/core';

let embedded: Promise<typeof import('@digivaardig/data/statistics')> | undefined;

/**
 * The embedded statistics, fetched once per page and only when a card needs them; with
 * `host`, in that element's language (their other languages' texts come on demand).
 */
export async function embeddedStatistics(host?: DataTextsHost): Promise<Statistic[]> {
  embedded ??= import('@digivaardig/data/statistics');
  const { statistics, statisticsTextsUrl } = await embedded;
  return host ? withDataTexts(host, statistics, statisticsTextsUrl) : statistics;
}

/** Statistics from `src` (what was read goes to `report`), or the embedded dataset (in `host`'s language) without it. */
export function loadStatistics(src: string, { signal, fresh, report }: LoadContext, tag: string, host?: DataTextsHost): Promise<Statistic[]> {
  return loadSource<Statistic>(src, 'statistic', { embedded: () => embeddedStatistics(host), signal, tag, fresh, onReport: report });
}
