import type { Answers, QuestionSet } from './types.js';

/**
 * Saved progress for `<dv-self-check persist>`. What is stored is only ever read back
 * through `decodeProgress`, which trusts nothing: localStorage may hold an older format,
 * another set's answers, or anything a script or extension wrote there.
 */

/** Format version of the stored payload; part of the key and of the payload. */
export const PROGRESS_FORMAT = 1;

/** Stored values longer than this are not even parsed (no real progress is this big). */
export const MAX_STORED_LENGTH = 100_000;

/** A visitor's progress through one question set. */
export interface Progress {
  readonly framework: string;
  /** The set's `version` when the answers were given. */
  readonly setVersion: string;
  /** Where the visitor is: 0 … the number of questions in the set. */
  readonly step: number;
  /** Question id → scale option id. */
  readonly answers: Answers;
  /** ISO 8601 time the check was finished; absent while still answering. */
  readonly completedAt?: string;
}

/** The localStorage key for a framework, e.g. `dv-self-check:v1:digiq` (namespaced and versioned). */
export function storageKey(framework: string): string {
  return `dv-self-check:v${PROGRESS_FORMAT}:${framework}`;
}

/** Progress as the string to store. Only the known fields are written. */
export function encodeProgress(progress: Progress): string {
  return JSON.stringify({
    v: PROGRESS_FORMAT,
    framework: progress.framework,
    setVersion: progress.setVersion,
    step: progress.step,
    answers: { ...progress.answers },
    ...(progress.completedAt === undefined ? {} : { completedAt: progress.completedAt }),
  });
}

/**
 * Reads stored progress back for `set`. Returns undefined, and never throws, for anything
 * that is not progress of this very set: missing or oversized values, bad JSON, another
 * format version, framework or set version, a step out of range, or answers naming an
 * unknown question or answer. A partly valid value is discarded whole rather than repaired.
 */
export function decodeProgress(raw: unknown, set: QuestionSet): Progress | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_STORED_LENGTH) return undefined;
  try {
    return readPayload(JSON.parse(raw), set);
  } catch {
    return undefined;
  }
}

function readPayload(data: unknown, set: QuestionSet): Progress | undefined {
  if (!isPlainRecord(data)) return undefined;
  const { v, framework, setVersion, step, answers, completedAt } = data;
  if (v !== PROGRESS_FORMAT || framework !== set.framework || setVersion !== set.version) return undefined;

  const questionIds = new Set(set.areas.flatMap((area) => area.questions.map((question) => question.id)));
  if (!Number.isInteger(step) || (step as number) < 0 || (step as number) > questionIds.size) return undefined;

  const decodedAnswers = readAnswers(answers, questionIds, new Set(set.scale.map((option) => option.id)));
  if (decodedAnswers === undefined) return undefined;

  if (completedAt !== undefined && !isIsoDateTime(completedAt)) return undefined;
  return {
    framework: set.framework,
    setVersion: set.version,
    step: step as number,
    answers: decodedAnswers,
    ...(completedAt === undefined ? {} : { completedAt }),
  };
}

function readAnswers(
  value: unknown,
  questionIds: ReadonlySet<string>,
  optionIds: ReadonlySet<string>,
): Answers | undefined {
  if (!isPlainRecord(value)) return undefined;
  const entries = Object.entries(value);
  // Ids are looked up in Sets, never on objects, so "__proto__" or "constructor" is just an unknown id.
  const valid = entries.every(
    ([questionId, optionId]) =>
      questionIds.has(questionId) && typeof optionId === 'string' && optionIds.has(optionId),
  );
  return valid ? Object.fromEntries(entries as [string, string][]) : undefined;
}

/** A JSON object (not an array or null). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoDateTime(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 40 &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) &&
    Number.isFinite(Date.parse(value))
  );
}
