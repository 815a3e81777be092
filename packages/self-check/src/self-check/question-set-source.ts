import { fetchJson, type DataReport, type QuestionSet } from '@digivaardig/core';
import { questionSetUrls } from '@digivaardig/data/question-sets';

/** The built-in frameworks; each set is a JSON file, fetched when a check needs it. */
export const FRAMEWORKS = ['digiq', 'slo'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

/** The code of `dv-error` for a set that arrived but cannot be used; `detail` is the path at fault. */
export const INVALID_SET = 'invalid-set';

export interface SetOptions {
  signal: AbortSignal;
  /** The element's tag, for console messages. */
  tag: string;
  /** Ask the server again (the visitor pressed "try again"). */
  fresh: boolean;
  /** Gets what was read from `src` (the element passes its load context's `report`). */
  onReport?: (report: DataReport) => void;
}

/**
 * The question set to ask: a library's own from `src` (fetched, checked against the
 * schema and the rules of `findSetProblems`), or a built-in framework's. The built-in
 * sets are checked by the tests, not again in every visitor's browser.
 */
export async function loadQuestionSet(src: string, framework: Framework, options: SetOptions): Promise<QuestionSet> {
  if (src.trim()) {
    const { loadCustomSet } = await import('./custom-set.js');
    return loadCustomSet(new URL(src.trim(), document.baseURI).href, options);
  }
  const { signal, fresh } = options;
  return (await fetchJson(questionSetUrls[framework], { signal, fresh })) as QuestionSet;
}
