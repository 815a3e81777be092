import { isTopic, type Topic } from '@digivaardig/core';

/**
 * Area ids of the built-in question sets whose topic has another id. Every other built-in
 * area is named like its topic (`safety`, `ai` …), and a custom set whose area ids are
 * topic ids works as it is.
 */
const AREA_TOPICS: Readonly<Record<string, Topic>> = {
  'strategic-information': 'information-search',
  'information-skills': 'information-search',
  'ict-basic-skills': 'basic-skills',
  'computational-thinking': 'problem-solving',
};

/**
 * The topics to preselect for a `dv-self-check-complete` detail: those of its `weakest`
 * areas, in order, without repeats. An area may also carry its own `topic`.
 */
export function topicsFromSelfCheck(detail: unknown): Topic[] {
  if (!detail || typeof detail !== 'object') return [];
  const { weakest, areas } = detail as { weakest?: unknown; areas?: unknown };
  if (!Array.isArray(weakest)) return [];
  const areaTopic = new Map<string, unknown>();
  if (Array.isArray(areas)) {
    for (const area of areas) {
      if (area && typeof area === 'object' && 'topic' in area) areaTopic.set(String((area as { id?: unknown }).id), (area as { topic?: unknown }).topic);
    }
  }
  const topics: Topic[] = [];
  for (const id of weakest) {
    if (typeof id !== 'string') continue;
    const own = areaTopic.get(id);
    const topic = isTopic(own) ? own : isTopic(id) ? id : Object.hasOwn(AREA_TOPICS, id) ? AREA_TOPICS[id] : undefined;
    if (topic && !topics.includes(topic)) topics.push(topic);
  }
  return topics;
}
