import type { Answers, Area, Progress, Question, QuestionSet } from '@digivaardig/core';

/** One statement as the visitor meets it: with its area and its place in the check. */
export interface AskedQuestion {
  readonly area: Area;
  readonly question: Question;
  /** 0-based place of the area among the areas asked. */
  readonly areaIndex: number;
}

/** The statements of the asked areas, in the order they are asked. */
export function askedQuestions(areas: readonly Area[]): AskedQuestion[] {
  return areas.flatMap((area, areaIndex) => area.questions.map((question) => ({ area, question, areaIndex })));
}

/** Where to go on with these answers: the first unanswered statement, or `asked.length` when all are answered. */
export function resumeStep(asked: readonly AskedQuestion[], answers: Answers): number {
  const open = asked.findIndex(({ question }) => !Object.hasOwn(answers, question.id));
  return open === -1 ? asked.length : open;
}

/**
 * The answers that fit the set: question ids it has, answer ids on its scale. Answers
 * from outside (the `answers` property) may hold anything; what does not fit is returned
 * as `dropped` (question ids) so the element can warn.
 */
export function knownAnswers(given: unknown, set: QuestionSet): { answers: Answers; dropped: string[] } {
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return { answers: {}, dropped: [] };
  const questions = new Set(set.areas.flatMap((area) => area.questions.map((question) => question.id)));
  const options = new Set(set.scale.map((option) => option.id));
  const answers: Record<string, string> = {};
  const dropped: string[] = [];
  for (const [questionId, optionId] of Object.entries(given)) {
    // Sets, not object lookups: "__proto__" or "constructor" is just an unknown id.
    if (questions.has(questionId) && typeof optionId === 'string' && options.has(optionId)) answers[questionId] = optionId;
    else dropped.push(questionId);
  }
  return { answers, dropped };
}

/** The screen a visitor is on. */
export type View = 'intro' | 'question' | 'result';

/** Where a visitor is in the check, and what they answered. */
export interface FlowState {
  readonly view: View;
  /** The statement on show (0-based); the number of statements asked on the result. */
  readonly step: number;
  readonly answers: Answers;
  /** The visitor pressed "Volgende" without choosing an answer. */
  readonly missing: boolean;
  /** When the visitor finished (ISO 8601), kept with `persist`. */
  readonly completedAt?: string;
}

/** A check nobody has answered yet: the intro. */
export const NOT_STARTED: FlowState = { view: 'intro', step: 0, answers: {}, missing: false };

/**
 * The check for a step: the result from `asked.length` on, the intro at the very start
 * without answers, else the statement at `step`.
 */
function at(asked: readonly AskedQuestion[], step: number, answers: Answers, completedAt?: string): FlowState {
  if (step >= asked.length) {
    return { view: 'result', step: asked.length, answers, missing: false, ...(completedAt ? { completedAt } : {}) };
  }
  const view = step === 0 && Object.keys(answers).length === 0 ? 'intro' : 'question';
  return { view, step, answers, missing: false };
}

/** The check for these answers: at the first unanswered statement, or the result when all asked ones are answered. */
export function placedAt(asked: readonly AskedQuestion[], answers: Answers): FlowState {
  return at(asked, resumeStep(asked, answers), answers);
}

/** The check as an earlier visit left it (`persist`): where it was, or the result when it was finished. */
export function restoredState(asked: readonly AskedQuestion[], progress: Progress): FlowState {
  const done = progress.step >= asked.length || progress.completedAt !== undefined;
  return at(asked, done ? asked.length : progress.step, progress.answers, progress.completedAt);
}

/**
 * Where a check opens when its set or its areas change: at the answers there are (given
 * by the page, or the visitor's own so far), checked against the set; without any, at
 * the progress `saved` from an earlier visit, if there is some. `dropped` names the given
 * answers that do not fit the set (question ids), for a warning.
 */
export function openingState(
  set: QuestionSet,
  asked: readonly AskedQuestion[],
  answers: unknown,
  saved: () => Progress | undefined,
): { state: FlowState; dropped: string[] } {
  const known = knownAnswers(answers, set);
  const progress = Object.keys(known.answers).length === 0 && known.dropped.length === 0 ? saved() : undefined;
  return progress ? { state: restoredState(asked, progress), dropped: [] } : { state: placedAt(asked, known.answers), dropped: known.dropped };
}

/** What `persist` keeps of a check: nothing before the visitor starts, else where they are and their answers. */
export function progressOf(set: QuestionSet, asked: readonly AskedQuestion[], state: FlowState): Progress | undefined {
  if (state.view === 'intro' && Object.keys(state.answers).length === 0) return undefined;
  return {
    framework: set.framework,
    setVersion: set.version,
    step: Math.min(state.step, asked.length),
    answers: state.answers,
    ...(state.view === 'result' && state.completedAt ? { completedAt: state.completedAt } : {}),
  };
}

/**
 * How long the intro says the check takes, in whole minutes: the set's `duration` (for
 * all its areas; about 10 seconds a statement without one) scaled to the statements
 * asked, and never less than 2 (so never "1 minutes").
 */
export function estimatedMinutes(set: QuestionSet, asked: number): number {
  const total = set.areas.reduce((sum, area) => sum + area.questions.length, 0);
  if (total === 0) return 2;
  return Math.max(2, Math.round(((set.duration ?? total / 6) * asked) / total));
}

/** Where a problem in a question set is, as the visitor's message names it. */
export interface SetPlace {
  /** 1-based area number, when the problem is inside an area. */
  readonly area?: number;
  /** 1-based question number within that area. */
  readonly question?: number;
  /** The field at fault, e.g. `text` or `links.0.url`; empty for the set as a whole. */
  readonly field: string;
}

/**
 * Reads a problem path, `#/areas/2/questions/0/text` (findSetProblems) or
 * `areas.2.questions.0.text` (the schema check), into area and question numbers a
 * webmaster counts from 1, and the field.
 */
export function setPlace(path: string): SetPlace {
  const parts: string[] = path.replace(/^#?\/?/, '').split(/[./]/).filter(Boolean);
  let area: number | undefined;
  let question: number | undefined;
  if (parts[0] === 'areas' && /^\d+$/.test(parts[1] ?? '')) {
    area = Number(parts[1]) + 1;
    parts.splice(0, 2);
    if ((parts[0] as string | undefined) === 'questions' && /^\d+$/.test(parts[1] ?? '')) {
      question = Number(parts[1]) + 1;
      parts.splice(0, 2);
    }
  }
  return { area, question, field: parts.join('.') };
}
