import { fetchJson, findSetProblems, WidgetProblem, type QuestionSet } from '@digivaardig/core';
import { validateRecords } from '@digivaardig/core/loader';
import { INVALID_SET, type SetOptions } from './question-set-source.js';

/*
 * A library's own question set from `src`. Unlike the other formats a set is one JSON
 * document, not a list of records, so it is fetched here and checked whole: one mistake
 * makes the set unusable (a check with a broken question would give a wrong result).
 * This module, the shared validator and the schema arrive only on pages that set `src`.
 */

type Schema = Parameters<typeof validateRecords>[1];

export async function loadCustomSet(url: string, options: SetOptions): Promise<QuestionSet> {
  const [data, schema] = await Promise.all([
    fetchJson(url, { signal: options.signal, fresh: options.fresh }),
    import('@digivaardig/core/schemas/question-set.schema.json'),
  ]);
  const { skipped } = validateRecords<QuestionSet>([data], schema.default as Schema);
  const schemaProblem = skipped[0];
  if (schemaProblem) {
    console.warn(
      `<${options.tag}>: the question set in ${url} does not match the question-set format at "${schemaProblem.field || '(the set)'}": ${schemaProblem.message.replace(/\.$/, "")}. See docs/data-formats.md.`,
    );
    throw new WidgetProblem({ code: INVALID_SET, detail: schemaProblem.field });
  }
  const set = data as QuestionSet;
  const problems = findSetProblems(set);
  if (problems.length > 0) {
    console.warn(
      `<${options.tag}>: the question set in ${url} cannot be used:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
    throw new WidgetProblem({ code: INVALID_SET, detail: problems[0]!.path });
  }
  return set;
}
