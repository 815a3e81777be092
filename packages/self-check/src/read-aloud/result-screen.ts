import type { CheckResult, Localize, QuestionSet } from '@digivaardig/core';
import { resultPlan } from '../result/plan.js';
import { areaReports } from '../result/report.js';
import { summaryText } from '../result/result-view.js';
import { resultScript } from './script.js';

/**
 * The result's advice as "Lees voor" reads it, built from what the result screen shows.
 * Loaded on the first press on the result (its modules are in by then).
 */
export function resultScreenScript(t: Localize, set: QuestionSet, result: CheckResult, coursePage: string | undefined): string[] {
  const reports = areaReports(set, result, t.locale, coursePage);
  return resultScript(t, resultPlan(reports, result.weakest), summaryText(t, set, result));
}
