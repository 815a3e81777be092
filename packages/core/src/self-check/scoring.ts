import type { AdviceKey, Answers, Area, Level, QuestionSet, ScaleOption } from './types.js';

/** The result of one area. `score` and `level` are null when nothing in it counted. */
export interface AreaScore {
  readonly id: string;
  /** 0–100, rounded; null when no question got an answer that counts. */
  readonly score: number | null;
  /** Id of the level reached, or null (no score, or below every threshold). */
  readonly level: string | null;
  /** Questions answered with any known answer, counted or not. */
  readonly answered: number;
  /** Of those, how many were "Weet ik niet" / "Ik begrijp de vraag niet". */
  readonly unscored: number;
  /** Questions in the area. */
  readonly total: number;
}

/** The result of a whole check: the `dv-self-check-complete` detail, and a bit more per area. */
export interface CheckResult {
  readonly framework: string;
  /** In set order. */
  readonly areas: readonly AreaScore[];
  /** Ids of up to three lowest-scoring areas, lowest first. */
  readonly weakest: readonly string[];
}

/** The areas asked, and the requested ids the set does not have. */
export interface AreaSelection {
  readonly areas: readonly Area[];
  readonly unknown: readonly string[];
}

/** How many areas `weakest` names at most. */
export const WEAKEST_LIMIT = 3;

/**
 * The level a score reaches: the level with the highest `min` that is at most `score`
 * (thresholds are inclusive). Null for a null score or one below every threshold.
 */
export function levelFor(score: number | null, levels: readonly Level[]): string | null {
  if (score === null || !Number.isFinite(score)) return null;
  let reached: Level | undefined;
  for (const level of levels) {
    if (score >= level.min && (reached === undefined || level.min >= reached.min)) reached = level;
  }
  return reached?.id ?? null;
}

/**
 * Which of an area's three advice texts fits a level: the lowest level gets `low`, the
 * highest `high`, any in between `mid`. Sets may have any number of levels, so the
 * mapping is by rank, not by id. Null when there is no level.
 */
export function adviceKeyFor(levelId: string | null, levels: readonly Level[]): AdviceKey | null {
  if (levelId === null) return null;
  const ranked = [...levels].sort((a, b) => a.min - b.min);
  const rank = ranked.findIndex((level) => level.id === levelId);
  if (rank === -1) return null;
  if (rank === 0) return 'low';
  return rank === ranked.length - 1 ? 'high' : 'mid';
}

/**
 * Scores one area: the mean of its counted answers, scaled so the lowest scale value is
 * 0 and the highest 100, rounded to a whole number. Unanswered questions and unknown
 * answer ids are left out; "don't know" answers are counted in `unscored` only.
 */
export function scoreArea(
  area: Area,
  answers: Answers,
  set: Pick<QuestionSet, 'scale' | 'levels'>,
): AreaScore {
  const options = new Map<string, ScaleOption>(set.scale.map((option) => [option.id, option]));
  const { low, high } = scoredRange(set.scale);
  let answered = 0;
  let unscored = 0;
  let sum = 0;
  for (const question of area.questions) {
    // hasOwn: a question id like "constructor" must not find Object.prototype's member.
    const answerId = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const option = answerId === undefined ? undefined : options.get(answerId);
    if (option === undefined) continue;
    answered += 1;
    if (option.value === null) unscored += 1;
    else sum += option.value - low;
  }
  const counted = answered - unscored;
  // One division at the end keeps equal answers giving exactly equal scores.
  const score =
    counted === 0 ? null : high === low ? 0 : Math.round((sum * 100) / ((high - low) * counted));
  return {
    id: area.id,
    score,
    level: levelFor(score, set.levels),
    answered,
    unscored,
    total: area.questions.length,
  };
}

/**
 * The areas a check asks: all of them, or those named in `areas="id,id"` (commas or
 * spaces; case and duplicates ignored), always in set order. Unknown ids are returned so
 * the caller can warn; if none of the ids is known, all areas are asked (the fallback
 * for a bad attribute value).
 */
export function selectAreas(
  set: Pick<QuestionSet, 'areas'>,
  ids?: string | readonly string[] | null,
): AreaSelection {
  const wanted = parseIds(ids);
  if (wanted.length === 0) return { areas: set.areas, unknown: [] };
  const known = new Set(set.areas.map((area) => area.id));
  const unknown = wanted.filter((id) => !known.has(id));
  const selected = set.areas.filter((area) => wanted.includes(area.id));
  return { areas: selected.length > 0 ? selected : set.areas, unknown };
}

/**
 * Up to `limit` ids of the lowest-scoring areas, lowest first: where the visitor can learn
 * most. Areas without a score, and areas already at `topLevel` (nothing left to advise),
 * are left out; equal scores keep set order, so the same answers always give the same list.
 */
export function weakestAreas(scores: readonly AreaScore[], limit = WEAKEST_LIMIT, topLevel?: string): string[] {
  return scores
    .map((area, index) => ({ area, index }))
    .filter(({ area }) => area.score !== null && (topLevel === undefined || area.level !== topLevel))
    .sort((a, b) => (a.area.score ?? 0) - (b.area.score ?? 0) || a.index - b.index)
    .slice(0, Math.max(0, limit))
    .map(({ area }) => area.id);
}

/**
 * Scores a whole check: every selected area (see `selectAreas`) in set order, and the
 * weakest areas. Pure and deterministic: the same set and answers give the same result.
 */
export function scoreCheck(
  set: QuestionSet,
  answers: Answers,
  areaIds?: string | readonly string[] | null,
): CheckResult {
  const areas = selectAreas(set, areaIds).areas.map((area) => scoreArea(area, answers, set));
  const levels = [...set.levels].sort((a, b) => a.min - b.min);
  return { framework: set.framework, areas, weakest: weakestAreas(areas, WEAKEST_LIMIT, levels[levels.length - 1]?.id) };
}

/** Lowest and highest value among the answers that count. */
function scoredRange(scale: readonly ScaleOption[]): { low: number; high: number } {
  const values = scale.map((option) => option.value).filter((value): value is number => value !== null);
  return values.length === 0 ? { low: 0, high: 0 } : { low: Math.min(...values), high: Math.max(...values) };
}

function parseIds(ids: string | readonly string[] | null | undefined): string[] {
  const list = typeof ids === 'string' ? ids.split(/[\s,]+/) : (ids ?? []);
  const normalised = list.map((id) => id.trim().toLowerCase()).filter((id) => id !== '');
  return [...new Set(normalised)];
}
