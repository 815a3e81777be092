import { WidgetProblem } from './widget-problem.js';
import type { Problem } from './problem.js';

/**
 * Turns anything thrown while loading or searching into a problem the visitor can read.
 * Loader errors carry their own code (`network`, `http`, `parse`, …); anything else is a
 * bug of ours (`internal`), logged so it can be reported.
 */
export function problemFrom(error: unknown): Problem {
  if (error instanceof WidgetProblem) return error.problem;
  const coded = error as { code?: unknown; status?: unknown } | null;
  if (coded && typeof coded.code === 'string') {
    return { code: coded.code, detail: coded.status === undefined ? undefined : String(coded.status) };
  }
  return { code: 'internal' };
}
