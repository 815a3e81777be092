import type { Answers, Area, Question, QuestionSet } from '@digivaardig/core';

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
