import { DataLoadError, findSetProblems, loadSource, WidgetProblem, type DataIssue, type QuestionSet } from '@digivaardig/core';
import { INVALID_SET, type SetOptions } from './question-set-source.js';

/*
 * A library's own question set from `src`, read by the shared pipeline as one JSON
 * document (format question-set): optional fields that cannot be read (an intro, a help
 * text, a link) are left out and named in the report; a mistake in the set's structure
 * (a question, an answer, a level or an area that cannot be read, or a rule of
 * `findSetProblems`) makes the set unusable, as a check with a broken question would give
 * a wrong result. This module arrives only on pages that set `src`.
 */

export async function loadCustomSet(url: string, options: SetOptions): Promise<QuestionSet> {
  let leftOut: DataIssue | undefined;
  try {
    const [set] = await loadSource<QuestionSet>(url, 'question-set', {
      embedded: async () => [],
      signal: options.signal,
      tag: options.tag,
      fresh: options.fresh,
      prepare: {
        prepare: (record) => record,
        finish(sets, rows, context) {
          const problems = findSetProblems(sets[0]!);
          if (problems.length === 0) return;
          console.warn(
            `<${options.tag}>: the question set in ${url} cannot be used:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
          );
          const { path, message } = problems[0]!;
          context.leaveOut(0, { row: rows[0]!, field: path.replace(/^#\/?/, '').replace(/\//g, '.'), reason: 'invalid', detail: message });
        },
      },
      onReport: (report) => {
        leftOut = report.recordsLeftOut[0];
        options.onReport?.(report);
      },
    });
    return set!;
  } catch (error) {
    if (error instanceof DataLoadError && error.code === 'invalid') {
      throw new WidgetProblem({ code: INVALID_SET, detail: leftOut?.field ?? '' });
    }
    throw error;
  }
}
