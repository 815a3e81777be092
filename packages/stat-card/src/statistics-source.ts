import { loadSource, type DataTexts, type LoadContext, type Statistic } from '@digivaardig/core';

let embedded: Promise<typeof import('@digivaardig/data/statistics')> | undefined;

/**
 * The embedded statistics, fetched once per page and only when a card needs them; with
 * `texts`, in the card's language (their other languages' texts come on demand).
 */
export async function embeddedStatistics(texts?: DataTexts): Promise<Statistic[]> {
  embedded ??= import('@digivaardig/data/statistics');
  const { statistics, statisticsTextsUrl } = await embedded;
  return texts ? texts.use(statistics, statisticsTextsUrl) : statistics;
}

/** Statistics from `src` (what was read goes to `report`), or the embedded dataset without it. */
export function loadStatistics(src: string, { signal, fresh, report }: LoadContext, tag: string, texts?: DataTexts): Promise<Statistic[]> {
  return loadSource<Statistic>(src, 'statistic', { embedded: () => embeddedStatistics(texts), signal, tag, fresh, onReport: report });
}
