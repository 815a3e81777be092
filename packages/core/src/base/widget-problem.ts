import type { Problem } from './problem.js';

/** Thrown from `load()` (or a search) to show a problem of the widget's own in place. */
export class WidgetProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}
