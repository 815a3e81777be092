import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import {
  Announcer,
  DvElement,
  FocusAfterUpdate,
  localizedText,
  parseChoice,
  parseHttpUrl,
  ReadAloudPart,
  type ReadAloudScript,
  scoreCheck,
  selectAreas,
  type Answers,
  type Area,
  type CheckResult,
  type LoadContext,
  type Problem,
  type QuestionSet,
  skeleton,
  skeletonStyles,
} from '@digivaardig/core';
import { ResultPart } from '../result/result-part.js';
import type { RadarData } from '../radar/radar-view.js';
import { CheckFlow, type FlowSource } from './check-flow.js';
import { progressOf, resumeStep, type FlowState } from './flow.js';
import { clearBox, introView } from './intro-view.js';
import { FRAMEWORKS, INVALID_SET, loadQuestionSet, type Framework } from './question-set-source.js';
import { questionView } from './question-view.js';
import { SavedProgress, type Keepable } from './saved-progress.js';
import { invalidSetMessage } from './set-problem.js';
import { selfCheckStyles } from './dv-self-check.styles.js';

export const CHARTS = ['none', 'radar'] as const;

/**
 * A short self-check of digital skills: an intro, one "I can …" statement per screen
 * with a labelled answer scale, then a result per area in words, with advice and links
 * to help (Klik & Tik, Digisterker, the IDO, a course finder on the page).
 *
 * @summary A kind, five-minute digital-skills self-check with advice per area.
 * @tag dv-self-check
 *
 * @attr framework - `digiq` (default: DigIQ's nine areas) or `slo` (SLO's four parts of digital literacy). Ignored when `src` is set.
 * @attr areas - Comma-separated area ids to ask, e.g. `safety,ai`; all areas by default.
 * @attr persist - Keep progress and result in `localStorage` on this device, so a reload continues where the visitor was. Without it nothing is stored.
 * @attr chart - `none` (default) or `radar`: adds a radar chart of the result (Chart.js, loaded only then) beside the text and bars.
 * @attr read-aloud - `auto` (default) or `none`: `none` hides the "Lees voor" button (for a site with its own read-aloud tool). With `auto` the button shows when the device has a local voice for the check's language; it reads the statement with its answers, or the result's advice.
 * @attr course-finder-url - Page that holds your `<dv-course-finder>`. The advice then links to `<page>#dv-course-finder?topics=<topic>`. By default the links go to this page, and only when it holds a `<dv-course-finder>`.
 *
 * @fires dv-self-check-complete - The result is shown (`SelfCheckCompleteDetail`). `detail: { framework, areas: [{ id, score, level, topic }], weakest: [ids] }`; `score` 0–100 or null when nothing counted; `topic` is the area's course-finder topic (left out when the set gives none); `weakest` leaves out areas at the top level.
 *
 * @csspart heading - The top heading: the check's title, or "Jouw uitslag" on the result.
 * @csspart intro - The intro screen.
 * @csspart start - The start button.
 * @csspart source - The intro's line naming the set's source ("Gebaseerd op …").
 * @csspart progress - "Vraag 4 van 30" and the area name.
 * @csspart question - The statement's `<fieldset>` with its answers.
 * @csspart statement - The statement (the fieldset's legend).
 * @csspart option - One answer (a label with its radio button).
 * @csspart help - The "Uitleg" disclosure of a statement.
 * @csspart nav - The back and next buttons.
 * @csspart result - The result screen.
 * @csspart bars-heading - The heading of the overview near the top ("Alle onderdelen in het kort").
 * @csspart bars - The overview: every area on one line with its level and a score bar.
 * @csspart bar - The filled part of one score bar.
 * @csspart learn-heading - The heading "Hier kun je het meeste leren".
 * @csspart learn - The numbered list of the (up to three) areas to learn most in.
 * @csspart area - One area to learn most in: level, advice, one next step and "Meer hulp".
 * @csspart area-heading - The name of an area to learn most in.
 * @csspart next-step - The one next step of an area to learn most in (a course nearby, the IDO or a practice site).
 * @csspart others-heading - The heading above the other areas ("De andere onderdelen").
 * @csspart others - The list of the other areas.
 * @csspart other-area - One other area: a disclosure with its name and level, and behind it the advice and links.
 * @csspart radar - The radar chart and its caption.
 * @csspart actions - Print, download and start again. "Print je uitslag" prints the result only, on a page of its own.
 * @csspart clear - The "Wis mijn antwoorden" button (with `persist`).
 * @csspart read-aloud - The "Lees voor" controls below the heading of a statement or the result and, while reading, the text being read.
 * @csspart read-aloud-button - The button that starts, pauses and goes on.
 * @csspart read-aloud-stop - The Stop button (while reading).
 * @csspart read-aloud-text - The sentences being read, the current one highlighted.
 */
export class DvSelfCheck extends DvElement<QuestionSet> {
  static override styles = [...DvElement.styles, skeletonStyles, selfCheckStyles];

  static override properties: PropertyDeclarations = {
    framework: {},
    areas: {},
    persist: { type: Boolean },
    chart: {},
    courseFinderUrl: { attribute: 'course-finder-url' },
    answers: { attribute: false, noAccessor: true },
  };

  /** `digiq` (default) or `slo`. */
  framework = '';
  /** Comma-separated area ids to ask; all by default. */
  areas = '';
  /** Keep progress and result on this device (localStorage). */
  persist = false;
  /** `none` (default) or `radar`. */
  chart = '';
  /** Page that holds your `<dv-course-finder>`; this page by default. */
  courseFinderUrl = '';

  /**
   * The visitor's answers: question id → answer id (e.g. `{ "search-engine": "on-my-own" }`).
   * Read it to keep the answers yourself; set it to bring them back: the check then goes
   * on at the first unanswered statement, or shows the result when all are answered.
   */
  get answers(): Answers {
    return this.flow.answers;
  }
  set answers(value: Answers) {
    this.flow.give(value && typeof value === 'object' ? value : {});
  }

  private readonly flow = new CheckFlow(this, () => {
    const set = this.phase === 'ready' ? this.data.value : undefined;
    return set && this.sourceOf(set);
  });
  private readonly saved = new SavedProgress(this, { on: () => this.persist, now: () => this.keepable() });
  private readonly resultPart = new ResultPart(this, {
    wanted: () => this.phase === 'ready' && this.flow.state.view === 'result',
    radar: () => this.radarData(),
    failed: (error) => this.fail({ code: 'network', retry: false }, error),
  });
  private readonly focusAfter = new FocusAfterUpdate(this);
  private readonly announcer = new Announcer(this);
  /** @internal "Lees voor" below a statement's or the result's heading. */
  private readonly readAloud = new ReadAloudPart(this, this.t);
  /** The result the page was last told about (`dv-self-check-complete`). */
  private told: FlowState | undefined;

  /** The set is the data: a library's own from `src`, else the framework's (then `framework` is ignored). */
  protected override loadArgs(): readonly unknown[] {
    const src = this.src.trim();
    return src ? [src] : ['', this.frameworkChoice];
  }

  private get frameworkChoice(): Framework {
    return this.checked('framework', this.framework, parseChoice(this.framework, FRAMEWORKS, 'digiq'));
  }

  private get chartChoice(): (typeof CHARTS)[number] {
    return this.checked('chart', this.chart, parseChoice(this.chart, CHARTS, 'none'));
  }

  /** Where course-finder advice links go: a page, this page (''), or nowhere (undefined). */
  private get coursePage(): string | undefined {
    if (this.courseFinderUrl.trim()) {
      const url = this.checked('course-finder-url', this.courseFinderUrl, parseHttpUrl(this.courseFinderUrl, document.baseURI));
      if (url) return url;
    }
    return document.querySelector('dv-course-finder') ? '' : undefined;
  }

  /** The result for the answers so far (the areas asked only). */
  get result(): CheckResult | undefined {
    const set = this.data.value;
    return set ? scoreCheck(set, this.answers, this.areas) : undefined;
  }

  /** Leaves the intro for the first statement (or the first unanswered one). */
  start(): void {
    if (!this.flow.set) return;
    this.flow.start();
    this.atStatement();
  }

  /** Forgets every answer (also the stored ones, with `persist`) and shows the intro. */
  restart(): void {
    this.flow.restart();
    this.focusAfter.request(() => this.screenHeading('.intro'));
  }

  protected async load({ signal, fresh, report }: LoadContext): Promise<QuestionSet> {
    const set = await loadQuestionSet(this.src, this.frameworkChoice, { signal, tag: this.localName, fresh, onReport: report, host: this });
    // A check that opens on its result (answers given, or kept with `persist`) shows it at once.
    if (this.flow.opening(this.sourceOf(set)).view === 'result') await this.resultPart.load();
    return set;
  }

  protected countOf(set: QuestionSet): number {
    return this.areasOf(set).reduce((count, area) => count + area.questions.length, 0);
  }

  /** What the check is asked with: the set, its areas asked, and where to find saved progress. */
  private sourceOf(set: QuestionSet): FlowSource {
    const areas = this.areasOf(set);
    return { set, areas, saved: () => this.saved.read(set, areas) };
  }

  /** The areas asked: all, or those of `areas` (one warning for unknown ids). */
  private areasOf(set: QuestionSet): readonly Area[] {
    const selection = selectAreas(set, this.areas);
    if (selection.unknown.length) this.warnOnce('areas', this.areas, selection.areas.map((area) => area.id).join(','));
    return selection.areas;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { set, state } = this.flow;
    const view = this.resultPart.view;
    // Once for each result shown: not again for another language, chart or a move.
    if (this.phase !== 'ready' || !set || state.view !== 'result' || !view || state === this.told) return;
    this.told = state;
    this.emit('dv-self-check-complete', view.completeDetail(set, this.score(set)));
  }

  protected override messageFor(problem: Problem): string {
    return problem.code === INVALID_SET ? invalidSetMessage(this.t, problem.detail ?? '') : super.messageFor(problem);
  }

  /** The error state's heading: the check's own title is in the set that did not load. */
  protected override widgetTitle(): string {
    return this.t.msg('Test je digitale vaardigheden', { id: 'check.check.test-your-digital-skills' });
  }

  /** While loading: a skeleton of the title, the introduction and its start button. */
  protected override renderLoading(): TemplateResult {
    return skeleton(super.renderLoading(), ['short', 'line', 'line', 'short', 'block']);
  }

  protected override emptyMessage(): string {
    return this.t.msg('Deze vragenlijst heeft geen vragen.', { id: 'check.check.questionnaire-has-no-questions' });
  }

  protected renderReady(set: QuestionSet): unknown {
    return html`${this.renderScreen(set)}
      <p class="visually-hidden" aria-live="polite">${this.announcer.text}</p>`;
  }

  private renderScreen(set: QuestionSet): unknown {
    const { state, asked, current } = this.flow;
    const locale = this.locale;
    const heading = this.heading.bind(this);
    const clear = this.persist && (Object.keys(state.answers).length > 0 || state.view !== 'intro') ? clearBox(this.t, this.onClear) : nothing;
    if (state.view === 'result') return this.renderResultScreen(set, heading, clear);
    if (current) {
      const count = asked.length;
      const script = () => import('../read-aloud/script.js').then(({ questionScript }) =>
        questionScript(this.t, {
          step: state.step,
          count,
          statement: localizedText(current.question.text, locale),
          answers: set.scale.map((option) => localizedText(option.label, locale)),
        }),
      );
      return questionView({
        set, t: this.t, current, step: state.step, count, answers: state.answers, missing: state.missing,
        heading: this.withReadAloud(heading, script, `question:${current.question.id}`), onAnswer: this.onAnswer, onNext: this.onNext, onBack: this.onBack, clear,
      });
    }
    // Back at the start: a reading of a statement or the result ends.
    this.readAloud.stop();
    return introView({
      set, t: this.t, count: asked.length, resumable: resumeStep(asked, state.answers) > 0, persist: this.persist,
      heading, onStart: () => this.start(), clear,
    });
  }

  private renderResultScreen(set: QuestionSet, heading: DvElement['heading'], clear: unknown): unknown {
    const view = this.resultPart.view;
    // The result's code is on its way (answers the page gave): a moment.
    if (!view) return this.renderLoading();
    const result = this.score(set);
    const coursePage = this.coursePage;
    const screen = view.renderResult({
      set,
      result,
      t: this.t,
      coursePage,
      radar: this.chartChoice === 'radar' ? this.resultPart.radar?.render() : nothing,
      heading: this.withReadAloud(
        heading,
        () => import('../read-aloud/result-screen.js').then(({ resultScreenScript }) => resultScreenScript(this.t, set, result, coursePage)),
        'result',
      ),
      // Prints the result only (its own page); the page itself only if the browser cannot.
      onPrint: () => view.printResult(this.t, set, result, coursePage) || window.print(),
      onDownload: () => view.downloadReport(this, this.t, set, result, coursePage),
      onRestart: () => this.restart(),
    });
    return html`${screen}${clear}`;
  }

  /** The screen's heading function, with the "Lees voor" button right after the top heading. */
  private withReadAloud<H extends (content: unknown, part: string, offset?: number) => TemplateResult>(heading: H, script: ReadAloudScript, screen: string): H {
    return ((content: unknown, part: string, offset?: number) =>
      part === 'heading' ? html`${heading(content, part, offset)}${this.readAloud.render(script, screen)}` : heading(content, part, offset)) as H;
  }

  private score(set: QuestionSet): CheckResult {
    return scoreCheck(set, this.flow.state.answers, this.flow.areas.map((area) => area.id));
  }

  /** What the radar draws: the result on show, with `chart="radar"`. */
  private radarData(): RadarData | undefined {
    const set = this.flow.set;
    if (!set || this.chartChoice !== 'radar' || this.flow.state.view !== 'result') return undefined;
    return { set, result: this.score(set), locale: this.locale };
  }

  /** What `persist` keeps now (see SavedProgress). */
  private keepable(): Keepable | undefined {
    const { set, areas, asked, state } = this.flow;
    return set && this.phase === 'ready' ? { set, areas, progress: progressOf(set, asked, state) } : undefined;
  }

  /** A screen's top heading, focusable by script (not by Tab: it is no control). */
  private screenHeading(screen: string): HTMLElement | null {
    const heading = this.renderRoot.querySelector<HTMLElement>(`${screen} > [part="heading"]`);
    heading?.setAttribute('tabindex', '-1');
    return heading;
  }

  /** After a move to a statement: focus on it, and its number and area are said. */
  private atStatement(): void {
    const { state, asked } = this.flow;
    const area = asked[state.step]?.area;
    this.focusAfter.request(() => this.renderRoot.querySelector<HTMLElement>('[part="statement"]'));
    if (area) this.announcer.say(() => this.t.msg(str`Vraag ${state.step + 1} van ${asked.length}: ${localizedText(area.title, this.locale)}`, { id: 'check.check.question' }));
  }

  private readonly onAnswer = (questionId: string, optionId: string) => this.flow.answer(questionId, optionId);

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const { current, state, asked } = this.flow;
    if (!current) return;
    if (!Object.hasOwn(state.answers, current.question.id)) {
      this.flow.markMissing();
      this.focusAfter.request(() => this.renderRoot.querySelector<HTMLElement>('input[type="radio"]'));
    } else if (state.step + 1 < asked.length) {
      this.flow.goTo(state.step + 1);
      this.atStatement();
    } else {
      void this.finish();
    }
  };

  private readonly onBack = () => {
    const { step } = this.flow.state;
    if (step > 0) {
      this.flow.goTo(step - 1);
      this.atStatement();
    } else {
      this.flow.toIntro();
      this.focusAfter.request(() => this.screenHeading('.intro'));
    }
  };

  private readonly onClear = () => {
    this.restart();
    this.announcer.say(() => this.t.msg('Je antwoorden zijn gewist.', { id: 'check.check.your-answers-have-been' }));
  };

  /** Shows the result once its code is here (the visitor stays on the last statement meanwhile). */
  private async finish(): Promise<void> {
    try {
      await this.resultPart.load();
    } catch (error) {
      this.fail({ code: 'network', retry: false }, error);
      return;
    }
    this.flow.finish(new Date().toISOString());
    // The result starts at the top of the screen (see alignResult), its heading focused.
    this.focusAfter.request(() => this.resultPart.view?.alignResult(this.screenHeading('.result')));
    this.announcer.say(() => this.t.msg('Je uitslag staat klaar.', { id: 'check.check.your-result-ready' }));
  }
}
