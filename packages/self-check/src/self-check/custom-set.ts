import { fetchJson, findSetProblems, WidgetProblem, type DataIssue, type QuestionSet } from '@digivaardig/core';
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
  const problems = schemaProblem ? [] : findSetProblems(data as QuestionSet);
  // The webmaster's report (`check`): one document, shown whole or not at all.
  const leftOut: DataIssue[] = schemaProblem
    ? [{ row: 1, field: schemaProblem.field, reason: 'invalid', detail: schemaProblem.message }]
    : problems.slice(0, 1).map(({ path, message }) => ({ row: 1, field: path.replace(/^#\/?/, '').replace(/\//g, '.'), reason: 'invalid', detail: message }));
  options.onReport?.({
    src: url, format: 'question-set', kind: 'json', encoding: 'utf-8', encodingGuessed: false,
    total: 1, kept: leftOut.length ? 0 : 1, recordsLeftOut: leftOut, fieldsLeftOut: [], remarks: [],
  });
  if (schemaProblem) {
    console.warn(
      `<${options.tag}>: the question set in ${url} does not match the question-set format at "${schemaProblem.field || '(the set)'}": ${schemaProblem.message.replace(/\.$/, "")}. See docs/data-formats.md.`,
    );
    throw new WidgetProblem({ code: INVALID_SET, detail: schemaProblem.field });
  }
  const set = data as QuestionSet;
  if (problems.length > 0) {
    console.warn(
      `<${options.tag}>: the question set in ${url} cannot be used:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
    throw new WidgetProblem({ code: INVALID_SET, detail: problems[0]!.path });
  }
  return set;
}
