import type { LocalizedText } from '../text.js';
import type { Topic } from './topics.js';

/**
 * The shapes of a question set, as described by `schemas/question-set.schema.json`.
 * A set read from outside is only trusted after that schema and `findSetProblems` passed.
 */

/** One answer a visitor can choose. `value: null` marks an answer that does not count. */
export interface ScaleOption {
  /** Stable id; saved answers store this, so a set can relabel an answer without losing progress. */
  readonly id: string;
  /** Points for this answer, or null for "Weet ik niet" / "Ik begrijp de vraag niet". */
  readonly value: number | null;
  readonly label: LocalizedText;
}

/** One "I can …" statement. */
export interface Question {
  /** Unique in the whole set, not just in its area. */
  readonly id: string;
  readonly text: LocalizedText;
  /** A short explanation of a word the visitor may not know. */
  readonly help?: LocalizedText;
}

/** The three kinds of advice an area gives, by result. */
export type AdviceKey = 'low' | 'mid' | 'high';

/** Advice per result, in plain and kind words. */
export type Advice = Readonly<Record<AdviceKey, LocalizedText>>;

/** The help programmes a link can point to. */
export type Programme = 'klik-en-tik' | 'digisterker' | 'ido' | 'course-finder' | 'other';

/** A link to help somewhere on the web. */
export interface UrlLink {
  readonly title: LocalizedText;
  readonly programme: Exclude<Programme, 'course-finder'>;
  readonly url: string;
}

/** A deep link to a `<dv-course-finder>` on the same page, opened on one topic. */
export interface CourseFinderLink {
  readonly title: LocalizedText;
  readonly programme: 'course-finder';
  readonly topic: Topic;
}

/** Where to get help with an area. */
export type HelpLink = UrlLink | CourseFinderLink;

/** One skill area with its statements, advice and help links. */
export interface Area {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  readonly topic?: Topic;
  readonly questions: readonly Question[];
  readonly advice?: Advice;
  readonly links?: readonly HelpLink[];
}

/** A score threshold: a score of at least `min` (0–100) reaches this level. */
export interface Level {
  readonly id: string;
  readonly min: number;
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
}

/** A complete self-check: the built-in DigIQ and SLO sets, or a library's own via `src`. */
export interface QuestionSet {
  readonly framework: string;
  /** Content version; saved progress from another version is discarded. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly intro?: LocalizedText;
  /** About how many minutes the check takes. */
  readonly duration?: number;
  readonly source?: { readonly name: string; readonly year?: number; readonly url?: string };
  readonly scale: readonly ScaleOption[];
  readonly areas: readonly Area[];
  /** Lowest first, the first at min 0. */
  readonly levels: readonly Level[];
}

/** The visitor's answers: question id → scale option id. */
export type Answers = Readonly<Record<string, string>>;
