import type { CheckResult, QuestionSet } from '@digivaardig/core';
import type { SelfCheckCompleteDetail } from '../events.js';

/**
 * The detail of `dv-self-check-complete` for a result: each area's id, score and level,
 * with the set's course-finder topic for the area when it has one (so a course finder
 * can follow a library's own set too), and the weakest areas.
 */
export function completeDetail(set: QuestionSet, result: CheckResult): SelfCheckCompleteDetail {
  return {
    framework: result.framework,
    areas: result.areas.map(({ id, score, level }) => {
      const topic = set.areas.find((area) => area.id === id)?.topic;
      return topic ? { id, score, level, topic } : { id, score, level };
    }),
    weakest: [...result.weakest],
  };
}
