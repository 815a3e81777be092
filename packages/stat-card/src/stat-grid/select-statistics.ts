import type { Statistic } from '@digivaardig/core';

export const TOPICS = ['skills', 'government', 'ido', 'access', 'safety'] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * The statistics a grid shows: the ids in `stats` in the order given (unknown ids are
 * returned so the element can warn), else those of `topic`, else all.
 */
export function selectStatistics(
  all: readonly Statistic[],
  stats: string,
  topic: Topic | undefined,
): { selected: Statistic[]; unknown: string[] } {
  const ids = stats.split(',').map((id) => id.trim()).filter(Boolean);
  if (ids.length) {
    const byId = new Map(all.map((statistic) => [statistic.id, statistic]));
    const unknown = ids.filter((id) => !byId.has(id));
    const selected = [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
    return { selected, unknown };
  }
  return { selected: topic ? all.filter((statistic) => statistic.topic === topic) : [...all], unknown: [] };
}
