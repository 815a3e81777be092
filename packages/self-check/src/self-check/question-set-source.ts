import { fetchJson, withDataTexts, type DataReport, type DataTextsHost, type QuestionSet } from '@digivaardig/core';
import { questionSetFileUrl, questionSetUrls } from '@digivaardig/data/question-sets';

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
  /** The element: a built-in set gets its texts in the element's language (a set from `src` has its own). */
  host?: DataTextsHost;
}

/**
 * The question set to ask: a library's own from `src` (fetched, checked against the
 * schema and the rules of `findSetProblems`), or a built-in framework's. The built-in
 * sets are checked by the tests, not again in every visitor's browser; their texts in
 * Arabic, Turkish, Polish and Ukrainian come from a file beside each set, for a visitor
 * in that language only.
 */
export async function loadQuestionSet(src: string, framework: Framework, options: SetOptions): Promise<QuestionSet> {
  if (src.trim()) {
    const { loadCustomSet } = await import('./custom-set.js');
    return loadCustomSet(new URL(src.trim(), document.baseURI).href, options);
  }
  const { signal, fresh, host } = options;
  const set = (await fetchJson(questionSetUrls[framework], { signal, fresh })) as QuestionSet;
  return host ? withDataTexts(host, set, (locale) => questionSetFileUrl(`${framework}.${locale}`)) : set;
}
