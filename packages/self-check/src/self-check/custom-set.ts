import { findSetProblems, WidgetProblem, type QuestionSet } from '@digivaardig/core';
import { DataLoadError, validateRecords } from '@digivaardig/core/loader';
import type { SetOptions } from './question-set-source.js';

/*
 * A library's own question set from `src`. Unlike the other formats a set is one JSON
 * document, not a list of records, so it is fetched here and checked whole: one mistake
 * makes the set unusable (a check with a broken question would give a wrong result).
 * This module, the shared validator and the schema arrive only on pages that set `src`.
 */

/** The code of `dv-error` for a set that arrived but cannot be used; `detail` is the path at fault. */
export const INVALID_SET = 'invalid-set';

const TIMEOUT_MS = 15000;

type Schema = Parameters<typeof validateRecords>[1];

export async function loadCustomSet(url: string, options: SetOptions): Promise<QuestionSet> {
  const [text, schema] = await Promise.all([
    fetchText(url, options),
    import('@digivaardig/core/schemas/question-set.schema.json'),
  ]);
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new DataLoadError('parse', `JSON: ${(error as Error).message}`);
  }
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

/** GET with a time limit; failures become the loader's error codes (network, timeout, http). */
async function fetchText(url: string, { signal, fresh }: SetOptions): Promise<string> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      cache: fresh ? 'no-cache' : 'default',
    });
    if (!response.ok) throw new DataLoadError('http', `HTTP ${response.status} for ${url}`, response.status);
    return await response.text();
  } catch (error) {
    if (error instanceof DataLoadError) throw error;
    if (timedOut) throw new DataLoadError('timeout', `No answer from ${url} within ${TIMEOUT_MS} ms.`);
    if (signal.aborted) throw error;
    throw new DataLoadError('network', `Could not fetch ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}
