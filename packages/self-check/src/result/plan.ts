import type { AreaLink, AreaReport } from './report.js';

/** How many areas the result puts first, as the ones to learn most in. */
export const LEARN_FIRST = 3;

/** An area to learn most in: its report, the one next step, and any further help. */
export interface LearnArea {
  readonly report: AreaReport;
  /** The one clear next step: a course nearby, else the IDO, else a practice site. */
  readonly next: AreaLink | undefined;
  /** The area's other links, behind a "Meer hulp" disclosure. */
  readonly more: readonly AreaLink[];
}

/** The result screen in reading order: the areas to learn most first, then the others. */
export interface ResultPlan {
  readonly learn: readonly LearnArea[];
  readonly others: readonly AreaReport[];
}

/** Which kind of help makes the clearest next step, best first. */
const NEXT_STEP_ORDER = ['course-finder', 'ido'];

function rank(link: AreaLink): number {
  const index = NEXT_STEP_ORDER.indexOf(link.programme);
  return index === -1 ? NEXT_STEP_ORDER.length : index;
}

/**
 * The one next step of an area: a course nearby (when there is a course finder to go
 * to), else free help at the IDO, else the first practice site the set names.
 */
export function nextStep(links: readonly AreaLink[]): AreaLink | undefined {
  return links.reduce<AreaLink | undefined>((best, link) => (!best || rank(link) < rank(best) ? link : best), undefined);
}

/**
 * Splits the result: the `weakest` areas (lowest first, at most LEARN_FIRST) each with
 * one next step, then every other area in the set's order.
 */
export function resultPlan(reports: readonly AreaReport[], weakest: readonly string[]): ResultPlan {
  const learnIds = weakest.slice(0, LEARN_FIRST);
  const learn = learnIds.flatMap((id) => {
    const report = reports.find((candidate) => candidate.id === id);
    if (!report) return [];
    const next = nextStep(report.links);
    return [{ report, next, more: report.links.filter((link) => link !== next) }];
  });
  return { learn, others: reports.filter((report) => !learnIds.includes(report.id)) };
}
