import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { msg, str } from '@lit/localize';
import {
  DvElement,
  localizedText,
  parseChoice,
  parseHttpUrl,
  scoreCheck,
  selectAreas,
  type Answers,
  type CheckResult,
  type Problem,
  type Progress,
  type QuestionSet,
} from '@digivaardig/core';
import { askedQuestions, knownAnswers, resumeStep, setPlace, type AskedQuestion } from './flow.js';
import { FRAMEWORKS, loadQuestionSet, type Framework } from './question-set-source.js';
import { clearProgress, readProgress, writeProgress } from './storage.js';
import { selfCheckStyles } from './dv-self-check.styles.js';

type ResultModule = typeof import('../result/result-view.js');
type View = 'intro' | 'question' | 'result';
type FocusTarget = 'intro' | 'question' | 'first-option' | 'result';

export const CHARTS = ['none', 'radar'] as const;
const INVALID_SET = 'invalid-set';

/** What `dv-self-check-complete` carries. */
export interface SelfCheckCompleteDetail {
  framework: string;
  /** `topic`: the area's course-finder topic, when the set gives it one (a library's own set too). */
  areas: { id: string; score: number | null; level: string | null; topic?: string }[];
  weakest: string[];
}

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
 * @attr course-finder-url - Page that holds your `<dv-course-finder>`. The advice then links to `<page>#dv-course-finder?topics=<topic>`. By default the links go to this page, and only when it holds a `<dv-course-finder>`.
 *
 * @fires dv-self-check-complete - The result is shown. `detail: { framework, areas: [{ id, score, level, topic }], weakest: [ids] }`; `score` 0–100 or null when nothing counted; `topic` is the area's course-finder topic (left out when the set gives none); `weakest` leaves out areas at the top level.
 *
 * @csspart heading - The top heading: the check's title, or "Jouw uitslag" on the result.
 * @csspart intro - The intro screen.
 * @csspart start - The start button.
 * @csspart progress - "Vraag 4 van 30" and the area name.
 * @csspart question - The statement's `<fieldset>` with its answers.
 * @csspart statement - The statement (the fieldset's legend).
 * @csspart option - One answer (a label with its radio button).
 * @csspart help - The "Uitleg" disclosure of a statement.
 * @csspart nav - The back and next buttons.
 * @csspart result - The result screen.
 * @csspart area - One area of the result: level, advice and links.
 * @csspart area-heading - The name of an area in the result.
 * @csspart bars-heading - The heading above the bars.
 * @csspart bars - The list of score bars.
 * @csspart bar - The filled part of one score bar.
 * @csspart radar - The radar chart and its caption.
 * @csspart actions - Print, download and start again. "Print je uitslag" prints the result only, on a page of its own.
 * @csspart clear - The "Wis mijn antwoorden" button (with `persist`).
 */
export class DvSelfCheck extends DvElement {
  static override styles = [...DvElement.styles, selfCheckStyles];

  static override properties: PropertyDeclarations = {
    framework: {},
    areas: {},
    persist: { type: Boolean },
    chart: {},
    courseFinderUrl: { attribute: 'course-finder-url' },
    answers: { attribute: false, noAccessor: true },
    set: { state: true },
    view: { state: true },
    step: { state: true },
    missing: { state: true },
    notice: { state: true },
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
    return this.given;
  }
  set answers(value: Answers) {
    const old = this.given;
    this.given = value && typeof value === 'object' ? value : {};
    this.answersFromOutside = true;
    this.requestUpdate('answers', old);
  }

  /** @internal */
  private set: QuestionSet | undefined;
  /** @internal */
  private view: View = 'intro';
  /** @internal */
  private step = 0;
  /** @internal The visitor pressed "Volgende" without choosing. */
  private missing = false;
  /** @internal A short status for the live region. */
  private notice = '';

  private given: Answers = {};
  /** The page set `answers`: where the check goes on is decided at the next update. */
  private answersFromOutside = false;
  private completedAt: string | undefined;
  private focusTarget: FocusTarget | undefined;
  private resultModule: ResultModule | undefined;
  private resultLoading: Promise<void> | undefined;
  private completeSent = false;

  protected override get dataProperties(): readonly string[] {
    return ['src', 'framework'];
  }

  private get frameworkChoice(): Framework {
    return this.checked('framework', this.framework, parseChoice(this.framework, FRAMEWORKS, 'digiq'));
  }

  /** The statements asked, in order (all areas, or those in `areas`). */
  private get asked(): AskedQuestion[] {
    if (!this.set) return [];
    const selection = selectAreas(this.set, this.areas);
    if (selection.unknown.length) {
      this.warnOnce('areas', this.areas, selection.areas.map((area) => area.id).join(','));
    }
    return askedQuestions(selection.areas);
  }

  /** The result for the answers so far (the areas asked only). */
  get result(): CheckResult | undefined {
    return this.set ? scoreCheck(this.set, this.answers, this.areas) : undefined;
  }

  /** Leaves the intro for the first statement (or the first unanswered one). */
  start(): void {
    if (!this.set) return;
    this.goTo(Math.min(resumeStep(this.asked, this.answers), this.asked.length - 1), 'question');
  }

  /** Forgets every answer (also the stored ones, with `persist`) and shows the intro. */
  restart(): void {
    this.setAnswers({});
    this.completedAt = undefined;
    this.completeSent = false;
    this.missing = false;
    // Without `persist` this check never stored anything: what is there belongs to another page's check.
    if (this.set && this.persist) clearProgress(this.set.framework, this.storedAreas);
    this.view = 'intro';
    this.step = 0;
    this.focusTarget = 'intro';
  }

  protected async load(signal: AbortSignal): Promise<number> {
    const set = await loadQuestionSet(this.src, this.frameworkChoice, {
      signal,
      tag: this.localName,
      fresh: this.retrying,
    });
    if (signal.aborted) return 0;
    this.set = set;
    const asked = this.asked;
    const stored = this.persist && Object.keys(this.answers).length === 0 ? readProgress(set, this.storedAreas) : undefined;
    if (stored) {
      this.answersFromOutside = false;
      this.setAnswers(stored.answers);
      this.completedAt = stored.completedAt;
      this.place(stored.step >= asked.length || stored.completedAt ? asked.length : stored.step);
    } else {
      this.adoptGivenAnswers();
    }
    if (this.view === 'result') await this.loadResultModule();
    return asked.length;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Answers set from outside (the property) decide where the check goes on.
    if (this.answersFromOutside && this.set) this.adoptGivenAnswers();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.phase !== 'ready') return;
    if (this.focusTarget) this.moveFocus(this.focusTarget);
    if (this.view === 'result' && this.resultModule) {
      if (!this.completeSent) this.sendComplete();
      if (this.chartChoice === 'radar' && this.set && this.result) {
        void this.resultModule.drawRadar(this, this.set, this.result, this.locale);
      }
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resultModule?.destroyRadar(this);
  }

  protected override messageFor(problem: Problem): string {
    if (problem.code !== INVALID_SET) return super.messageFor(problem);
    const { area, question, field } = setPlace(problem.detail ?? '');
    const where =
      area !== undefined && question !== undefined
        ? msg(str`Het gaat om onderdeel ${area}, vraag ${question}, veld "${field || '?'}".`)
        : area !== undefined
          ? msg(str`Het gaat om onderdeel ${area}, veld "${field || '?'}".`)
          : msg(str`Het gaat om het veld "${field || '?'}".`);
    return `${msg('Deze vragenlijst kan niet worden gebruikt, want er staat een fout in.')} ${where} ${msg(
      'Laat het de beheerder van deze website weten.',
    )}`;
  }

  protected override emptyMessage(): string {
    return msg('Deze vragenlijst heeft geen vragen.');
  }

  protected renderReady(): unknown {
    const set = this.set;
    if (!set) return nothing;
    return html`${this.view === 'result' && this.resultModule
        ? this.renderResult(set)
        : this.view === 'question'
          ? this.renderQuestion(set)
          : this.renderIntro(set)}
      <p class="visually-hidden" aria-live="polite">${this.notice}</p>`;
  }

  private renderIntro(set: QuestionSet) {
    const locale = this.locale;
    const count = this.asked.length;
    const total = set.areas.reduce((sum, area) => sum + area.questions.length, 0);
    // A set's duration is for all its areas; fewer areas take less time (never "1 minutes").
    const minutes = Math.max(2, Math.round(((set.duration ?? total / 6) * count) / total));
    const resumable = resumeStep(this.asked, this.answers) > 0;
    return html`<section class="intro" part="intro">
      ${this.heading(localizedText(set.title, locale), 'heading')}
      ${set.intro ? html`<p>${localizedText(set.intro, locale)}</p>` : nothing}
      <ul class="facts">
        <li>${msg(str`Het duurt ongeveer ${minutes} minuten. Er zijn ${count} vragen.`)}</li>
        <li>${msg('Je kunt altijd terug om een antwoord te veranderen. Er is geen tijdslimiet.')}</li>
        <li>
          ${this.persist
            ? msg('Je antwoorden blijven op dit apparaat. Ze worden hier bewaard, zodat je later verder kunt.')
            : msg('Je antwoorden blijven op dit apparaat. Ze worden niet bewaard en niet verstuurd.')}
        </li>
      </ul>
      <p>
        <button type="button" part="start" class="start" @click=${() => this.start()}>
          ${resumable ? msg('Ga verder') : msg('Begin')}
        </button>
      </p>
      ${this.renderClear()}
      ${set.source ? html`<p class="source">${msg(str`Gebaseerd op ${set.source.name}.`)}</p>` : nothing}
    </section>`;
  }

  private renderQuestion(set: QuestionSet) {
    const locale = this.locale;
    const asked = this.asked;
    const current = asked[this.step];
    if (!current) return nothing;
    const { area, question } = current;
    const chosen = Object.hasOwn(this.answers, question.id) ? this.answers[question.id] : undefined;
    const help = localizedText(question.help, locale);
    const name = `answer-${question.id}`;
    return html`<section class="asking">
      ${this.heading(localizedText(set.title, locale), 'heading')}
      <p class="progress" part="progress">
        <span>${msg(str`Vraag ${this.step + 1} van ${asked.length}`)}</span>
        <span class="area-name">${localizedText(area.title, locale)}</span>
      </p>
      <div class="meter" aria-hidden="true">
        <span style=${styleMap({ '--done': (this.step / asked.length).toFixed(3) })}></span>
      </div>
      <form @submit=${this.onNext} novalidate>
        <fieldset part="question" aria-describedby=${this.missing ? 'missing' : nothing}>
          <legend part="statement" tabindex="-1">${localizedText(question.text, locale)}</legend>
          ${help
            ? html`<details class="help" part="help">
                <summary>${msg('Uitleg bij deze vraag')}</summary>
                <p>${help}</p>
              </details>`
            : nothing}
          ${this.missing
            ? html`<p class="missing" id="missing">
                ${msg('Kies eerst een antwoord. Weet je het niet? Kies dan "Weet ik niet".')}
              </p>`
            : nothing}
          <div class="options">
            ${set.scale.map(
              (option) => html`<label part="option" class=${option.value === null ? 'option unscored' : 'option'}>
                <input
                  type="radio"
                  name=${name}
                  .value=${option.id}
                  .checked=${chosen === option.id}
                  @change=${() => this.answer(question.id, option.id)}
                />
                <span>${localizedText(option.label, locale)}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        <div class="nav" part="nav">
          <button type="button" class="secondary" @click=${this.onBack}>${msg('Vorige')}</button>
          <button type="submit">${this.step + 1 === asked.length ? msg('Naar de uitslag') : msg('Volgende')}</button>
        </div>
      </form>
      ${this.renderClear()}
    </section>`;
  }

  private renderResult(set: QuestionSet) {
    const result = this.result;
    if (!result || !this.resultModule) return nothing;
    return html`${this.resultModule.renderResult({
      set,
      result,
      locale: this.locale,
      coursePage: this.coursePage,
      radar: this.chartChoice === 'radar',
      heading: (content, part, offset) => this.heading(content, part, offset),
      onPrint: () => this.print(set, result),
      onDownload: () => this.resultModule?.downloadReport(this, set, result, this.locale, this.coursePage),
      onRestart: () => this.restart(),
    })}
    ${this.renderClear()}`;
  }

  /** Prints the result only (its own page); the page itself only if the browser cannot. */
  private print(set: QuestionSet, result: CheckResult): void {
    if (!this.resultModule?.printResult(set, result, this.locale, this.coursePage)) window.print();
  }

  private renderClear() {
    if (!this.persist || !this.hasProgress) return nothing;
    return html`<p class="clear-box">
      <button type="button" class="secondary" part="clear" @click=${this.onClear}>${msg('Wis mijn antwoorden')}</button>
    </p>`;
  }

  private get hasProgress(): boolean {
    return Object.keys(this.answers).length > 0 || this.view !== 'intro';
  }

  /**
   * The areas asked when they are a part of the set (`areas`), else undefined: progress is
   * stored per selection, as its step counts the statements of those areas only.
   */
  private get storedAreas(): string[] | undefined {
    const asked = selectAreas(this.set ?? { areas: [] }, this.areas).areas;
    return this.set && asked.length < this.set.areas.length ? asked.map((area) => area.id) : undefined;
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

  private readonly onNext = (event: Event) => {
    event.preventDefault();
    const current = this.asked[this.step];
    if (!current) return;
    if (!Object.hasOwn(this.answers, current.question.id)) {
      this.missing = true;
      this.focusTarget = 'first-option';
      return;
    }
    if (this.step + 1 < this.asked.length) this.goTo(this.step + 1, 'question');
    else void this.finish();
  };

  private readonly onBack = () => {
    if (this.step > 0) this.goTo(this.step - 1, 'question');
    else {
      this.missing = false;
      this.view = 'intro';
      this.focusTarget = 'intro';
      this.save();
    }
  };

  private readonly onClear = () => {
    this.restart();
    this.notice = this.inLocale(() => msg('Je antwoorden zijn gewist.'));
  };

  private answer(questionId: string, optionId: string): void {
    this.setAnswers({ ...this.answers, [questionId]: optionId });
    this.missing = false;
    // A changed answer after the result was shown makes a new result.
    this.completeSent = false;
    this.save();
  }

  private goTo(step: number, view: View): void {
    this.missing = false;
    this.view = view;
    this.step = step;
    this.focusTarget = 'question';
    const current = this.asked[step];
    if (current) {
      // Said by the live region after a press, outside a render: in the check's language.
      this.notice = this.inLocale(() =>
        msg(str`Vraag ${step + 1} van ${this.asked.length}: ${localizedText(current.area.title, this.locale)}`),
      );
    }
    this.save();
  }

  private async finish(): Promise<void> {
    try {
      await this.loadResultModule();
    } catch (error) {
      this.fail({ code: 'network', retry: false }, error);
      return;
    }
    this.completedAt = new Date().toISOString();
    this.completeSent = false;
    this.view = 'result';
    this.step = this.asked.length;
    this.focusTarget = 'result';
    this.notice = this.inLocale(() => msg('Je uitslag staat klaar.'));
    this.save();
  }

  /** Puts the check at `step` for answers that came from outside or from storage. */
  private place(step: number): void {
    const count = this.asked.length;
    if (step >= count) {
      this.view = 'result';
      this.step = count;
      void this.loadResultModule().then(
        () => this.requestUpdate(),
        (error: unknown) => this.fail({ code: 'network', retry: false }, error),
      );
    } else {
      this.view = step === 0 && Object.keys(this.answers).length === 0 ? 'intro' : 'question';
      this.step = step;
    }
  }

  private adoptGivenAnswers(): void {
    if (!this.set) return;
    this.answersFromOutside = false;
    const { answers, dropped } = knownAnswers(this.answers, this.set);
    if (dropped.length) {
      console.warn(`<${this.localName}>: answers for unknown questions or with unknown answer ids were left out: ${dropped.join(', ')}.`);
    }
    this.setAnswers(answers);
    this.completeSent = false;
    this.place(resumeStep(this.asked, answers));
    this.save();
  }

  private setAnswers(answers: Answers): void {
    const old = this.given;
    this.given = answers;
    this.requestUpdate('answers', old);
  }

  private save(): void {
    if (!this.persist || !this.set) return;
    const progress: Progress = {
      framework: this.set.framework,
      setVersion: this.set.version,
      step: Math.min(this.step, this.asked.length),
      answers: this.answers,
      ...(this.view === 'result' && this.completedAt ? { completedAt: this.completedAt } : {}),
    };
    if (this.view === 'intro' && Object.keys(this.answers).length === 0) clearProgress(this.set.framework, this.storedAreas);
    else writeProgress(progress, this.storedAreas);
  }

  private loadResultModule(): Promise<void> {
    this.resultLoading ??= import('../result/result-view.js').then(
      (module) => this.adoptResultModule(module),
      (error: unknown) => {
        this.resultLoading = undefined;
        throw error;
      },
    );
    return this.resultLoading;
  }

  private adoptResultModule(module: ResultModule): void {
    this.resultModule = module;
    // The result's styles come with it; a visitor who never finishes never loads them.
    const root = this.renderRoot as ShadowRoot;
    if (root.adoptedStyleSheets && module.resultStyles.styleSheet) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, module.resultStyles.styleSheet];
    }
  }

  private sendComplete(): void {
    const result = this.result;
    if (!result) return;
    this.completeSent = true;
    this.emit<SelfCheckCompleteDetail>('dv-self-check-complete', {
      framework: result.framework,
      areas: result.areas.map(({ id, score, level }) => {
        const topic = this.set?.areas.find((area) => area.id === id)?.topic;
        return topic ? { id, score, level, topic } : { id, score, level };
      }),
      weakest: [...result.weakest],
    });
  }

  private moveFocus(target: FocusTarget): void {
    this.focusTarget = undefined;
    const root = this.renderRoot;
    const selector = {
      intro: '.intro > [part="heading"]',
      result: '.result > [part="heading"]',
      question: '[part="statement"]',
      'first-option': 'input[type="radio"]',
    }[target];
    const element = root.querySelector<HTMLElement>(selector);
    // Headings are not in the tab order; -1 lets the script (not Tab) put focus there.
    if (element && !element.hasAttribute('tabindex') && target !== 'first-option') element.tabIndex = -1;
    element?.focus();
  }
}

