import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers, Area, Progress, QuestionSet } from '@digivaardig/core';
import { askedQuestions, NOT_STARTED, openingState, resumeStep, type AskedQuestion, type FlowState } from './flow.js';

/** What the check is asked with now: the loaded set and the areas to ask. */
export interface FlowSource {
  readonly set: QuestionSet;
  readonly areas: readonly Area[];
  /** Progress an earlier visit saved for them (`persist`), read only when needed. */
  readonly saved: () => Progress | undefined;
}

/**
 * The visitor's way through the check: their answers, the screen (intro, a statement,
 * the result) and the statement on show. The question set is the element's data; this is
 * the visitor's own state beside it, so a new language, chart or course-finder page
 * re-renders and leaves it as it is, and only a new set or other areas open the check
 * again (see `openingState`). A controller: before each render it takes the element's
 * set and areas (and places answers the page gave), and every move re-renders.
 */
export class CheckFlow implements ReactiveController {
  #state: FlowState = NOT_STARTED;
  #set: QuestionSet | undefined;
  #areas: readonly Area[] = [];
  #asked: readonly AskedQuestion[] = [];
  /** Answers the page gave (the `answers` property), checked and placed at the next update. */
  #given: { answers: unknown } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The set and areas, once the set is loaded and shows. */
    private readonly source: () => FlowSource | undefined,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const source = this.source();
    if (!source) return;
    const dropped = this.use(source);
    if (dropped.length) {
      console.warn(`<${this.host.localName}>: answers for unknown questions or with unknown answer ids were left out: ${dropped.join(', ')}.`);
    }
  }

  get state(): FlowState {
    return this.#state;
  }

  /** The set in use, once the element has it. */
  get set(): QuestionSet | undefined {
    return this.#set;
  }

  /** The areas asked: all of the set's, or those of `areas`. */
  get areas(): readonly Area[] {
    return this.#areas;
  }

  /** The statements asked, in order. */
  get asked(): readonly AskedQuestion[] {
    return this.#asked;
  }

  /** The visitor's answers; answers the page gave, as they were given, until they are placed. */
  get answers(): Answers {
    return this.#given ? (this.#given.answers as Answers) : this.#state.answers;
  }

  /** The statement on show, on a question screen. */
  get current(): AskedQuestion | undefined {
    return this.#state.view === 'question' ? this.#asked[this.#state.step] : undefined;
  }

  /** Answers from the page: the check goes on from them once the set is there. */
  give(answers: unknown): void {
    this.#given = { answers };
    this.host.requestUpdate();
  }

  /**
   * Takes the set and the areas to ask. A new set or other areas open the check again,
   * and answers the page gave are placed now. Returns the question ids of given answers
   * that do not fit the set (for a warning).
   */
  use({ set, areas, saved }: FlowSource): string[] {
    const sameAreas = areas.length === this.#areas.length && areas.every((area, index) => area === this.#areas[index]);
    if (set === this.#set && sameAreas && !this.#given) return [];
    this.#set = set;
    this.#areas = areas;
    this.#asked = askedQuestions(areas);
    const { state, dropped } = openingState(set, this.#asked, this.answers, saved);
    this.#given = undefined;
    this.#state = state;
    return dropped;
  }

  /** Where `use` would open the check with this set and these areas, without going there. */
  opening({ set, areas, saved }: FlowSource): FlowState {
    return openingState(set, askedQuestions(areas), this.answers, saved).state;
  }

  /** Leaves the intro for the first unanswered statement (the last one when all are answered). */
  start(): void {
    const step = Math.min(resumeStep(this.#asked, this.#state.answers), this.#asked.length - 1);
    this.#move({ ...this.#state, view: 'question', step: Math.max(0, step), missing: false });
  }

  goTo(step: number): void {
    this.#move({ ...this.#state, view: 'question', step, missing: false });
  }

  toIntro(): void {
    this.#move({ ...this.#state, view: 'intro', step: 0, missing: false });
  }

  answer(questionId: string, optionId: string): void {
    this.#move({ ...this.#state, answers: { ...this.#state.answers, [questionId]: optionId }, missing: false });
  }

  /** The visitor went on without an answer. */
  markMissing(): void {
    this.#move({ ...this.#state, missing: true });
  }

  finish(completedAt: string): void {
    this.#move({ ...this.#state, view: 'result', step: this.#asked.length, missing: false, completedAt });
  }

  /** Forgets every answer: the intro, as on a first visit. */
  restart(): void {
    this.#given = undefined;
    this.#move(NOT_STARTED);
  }

  #move(state: FlowState): void {
    this.#state = state;
    this.host.requestUpdate();
  }
}
