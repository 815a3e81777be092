import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { parseChoice, parseInteger, type Parsed } from '../attributes.js';
import { SOURCE_LOCALE, type Locale } from '../i18n/locale.js';
import { LocalizeController } from '../i18n/localize-controller.js';
import { registerCatalogs } from '../i18n/catalogs.js';
import { themeStyles } from '../styles/theme.js';
import { headingTemplate } from './heading.js';
import type { Problem } from './problem.js';
import type { DataReport } from '../data/report.js';
import { dispatchDvEvent, type DvEventDetails } from './events.js';
import { problemFrom } from './problem-from.js';
import { LoadController, LoadStatus } from './load-controller.js';

type ProblemView = typeof import('./problem-view.js');
let problemView: ProblemView | undefined;
let problemViewMissing = false;
// The webmaster's report (`check`): its code and words arrive only on a page that asks.
let checkView: typeof import('../check/report-view.js') | undefined;
// The webmaster's own words (`texts`, script[data-dv-texts]): read only on a page that has them.
let ownWords: Promise<typeof import('../i18n/overrides.js')['ownWords']> | undefined;
let words: typeof import('../i18n/overrides.js')['ownWords'] | undefined;
// The visitor's language choice (`languages`): its code and words arrive only on a page that asks.
let choiceView: typeof import('../language-choice/language-choice-view.js') | undefined;
import { pageIsDark, watchPageTheme } from '../styles/host-theme.js';
import { loadingWords } from '../i18n/loading-words.js';
import { catalogs } from '../generated/locales/index.js';

// The shared states' own strings (loading, errors) come with the base element.
// One chunk per language, loaded when a widget first speaks it: a Dutch page loads none.
registerCatalogs(catalogs);

/** Where a widget is in its life: waiting for data, showing it, showing nothing, or failing. */
export type Phase = 'loading' | 'ready' | 'empty' | 'error';

export const THEMES = ['auto', 'light', 'dark'] as const;

export { WidgetProblem } from './widget-problem.js';

/** What `load()` gets: an abort signal, and whether the visitor asked to try again. */
export interface LoadContext {
  /** Aborts when a newer load starts or the widget leaves the page. */
  readonly signal: AbortSignal;
  /** True after "Probeer opnieuw": skip caches and fetch again. */
  readonly fresh: boolean;
  /** Hands over what was read from `src` (pass it on as the loader's `onReport`). */
  report(report: DataReport): void;
}

/**
 * The base of every Digivaardig widget. It resolves the language and heading level,
 * loads data through the subclass's `load()` (a {@link LoadController}, with `@lit/task`'s
 * behaviour: the latest load wins, older ones are aborted), renders the shared loading,
 * empty and error states, fires `dv-ready` and `dv-error`, and keeps every failure inside
 * the widget.
 *
 * Only the data inputs that `loadArgs()` names load again when they change; every other
 * property (a label, a chart type, the language) renders again from the loaded data.
 *
 * @attr lang - `nl` (default), `en`, `ar` (right to left), `tr`, `pl` or `uk`; when absent, the nearest `lang` around the widget decides (crossing shadow roots, up to `<html lang>`).
 * @attr heading-level - Level (1–6) of the widget's own top heading; 2 by default.
 * @attr src - URL of the widget's data (JSON, or CSV with a header row), replacing the embedded default.
 * @attr theme - `auto` (default: follows the host page: its `color-scheme`, or `class="dark"` / `data-theme="dark"` on `<html>`; light without a sign), `light` or `dark`.
 * @attr texts - Your own words for this widget, as JSON: `{"nl": {"<id>": "Digicafé"}, "en": {…}}` (values as `{0}`, `{1}`); wins over a page's `<script type="application/json" data-dv-texts>`. Find the ids with `pnpm i18n:ids` (docs/translations.md).
 * @attr languages - Offers the visitor a choice of language inside the widget: two or more codes, e.g. `nl en ar tr`, shown in that order (each in its own name). The visitor's choice wins over `lang`, for this widget only, and is not stored. Unknown codes are left out with a console warning.
 * @attr check - For the webmaster: shows above the content what was read from `src` (records shown, rows and fields left out, with a tip for each). Leave it off for visitors.
 * @fires dv-ready - Data loaded and shown. `detail: { count, report }`; `report` (what was read, see docs/data-formats.md) only when the data came from `src`.
 * @fires dv-error - Something went wrong; the widget shows it. `detail: { code, message }`.
 * @fires dv-language-change - The visitor chose another language in the widget's own control (`languages`). `detail: { locale }`.
 * @csspart base - The widget's outer box.
 * @csspart status - The loading, empty or error message.
 * @csspart retry - The "Probeer opnieuw" button in the error message (when trying again can help).
 * @csspart problem-detail - The folded "Voor de beheerder van de website" detail in the error message, with the error code.
 * @csspart language-choice - The language control at the top (with `languages`): the "Taal" label and its select.
 * @csspart language-select - The select in that control.
 * @csspart check - The report of what was read from `src` (with the `check` attribute).
 * @csspart check-heading - The heading of that report.
 * @cssprop --dv-color-primary - Buttons, links and highlights.
 * @cssprop --dv-color-on-primary - Text on the primary colour.
 * @cssprop --dv-color-text - Body text.
 * @cssprop --dv-color-muted - Secondary text (sources, notes).
 * @cssprop --dv-color-background - The widget's background.
 * @cssprop --dv-color-surface - Cards and panels inside the widget.
 * @cssprop --dv-color-border - Borders of cards and fields.
 * @cssprop --dv-color-focus - The keyboard focus ring.
 * @cssprop --dv-color-success - Good news (open now, high scores).
 * @cssprop --dv-color-danger - Errors and warnings.
 * @cssprop --dv-font-family - The font; inherited from the page by default.
 * @cssprop --dv-font-size - The base font size; by default the browser's (`medium`, the visitor's own setting), so a page's `html { font-size: 62.5% }` cannot shrink the widget.
 * @cssprop --dv-radius - Corner radius of boxes and buttons.
 * @cssprop --dv-space - The basic spacing unit.
 */
export abstract class DvElement<Data = unknown> extends LitElement {
  static override styles = [themeStyles];

  static override properties: PropertyDeclarations = {
    lang: {},
    headingLevel: { attribute: 'heading-level' },
    src: {},
    // Reflected so :host([theme=…]) styles follow a property set from script; an empty
    // value writes no attribute, so the host page's markup is left as it was.
    theme: { reflect: true, converter: { toAttribute: (value: string) => value || null, fromAttribute: (value: string | null) => value ?? '' } },
    check: { type: Boolean },
    texts: {},
    languages: {},
    failure: { state: true },
  };

  /** `nl` (default), `en`, `ar`, `tr`, `pl` or `uk`; when absent, the nearest `lang` around the widget decides. */
  override lang = '';

  /** Level (1–6) of the widget's own top heading; 2 by default. */
  headingLevel: string | number = '';

  /** URL of the widget's data (JSON, or CSV with a header row), replacing the embedded default. */
  src = '';

  /** `auto` (default: follows the host page, light without a sign from it), `light` or `dark`. */
  theme = '';

  /** For the webmaster: show what was read from `src` above the content. */
  check = false;

  /** Languages the visitor may choose from in the widget's own list (`nl en ar tr`), in that order; the choice wins over `lang`, for this widget only, and is not stored. Fewer than two known languages: no list. */
  languages = '';

  /** @internal A problem met outside loading (a search that failed); wins over the data. */
  private failure: Problem | undefined;
  /** @internal What the latest load read from `src` (it arrives before the load ends: no state of its own). */
  private dataReport: DataReport | undefined;

  private fresh = false;
  private reloadOnConnect = false;
  private readonly warned = new Set<string>();
  private stopWatchingTheme: (() => void) | undefined;

  /**
   * @internal
   * The widget's data: loaded when the element first renders and again when an input of
   * `loadArgs()` changes; `reload()` runs it again.
   */
  protected readonly data = new LoadController<readonly unknown[], Data>(this, {
    args: () => this.loadArgs(),
    // A load cut short by a newer one or by leaving the page ends without an error to show
    // (the controller's INITIAL).
    task: (_args, { signal }) => {
      const fresh = this.fresh;
      this.fresh = false;
      this.failure = undefined;
      this.dataReport = undefined;
      return this.load({ signal, fresh, report: (report) => signal.aborted || (this.dataReport = report) });
    },
    onComplete: (data) => {
      const count = this.countOf(data);
      if (count !== undefined) void this.emitReady(count, data);
    },
    onError: (error) => this.fail(problemFrom(error), error),
  });

  /**
   * @internal
   * The widget's language (its `lang`, else the nearest `lang` around it, else Dutch) and
   * its words: views get this as `t` and ask it for every word (`t.msg`, `t.plural`).
   */
  readonly t = new LocalizeController(this, { overrides: (locale) => words?.(this, locale) });

  /** Your own words for this widget (JSON or an object: `{ nl: { id: text }, en: … }`); they win over the page's. */
  texts: unknown = '';

  /** The language this widget speaks now. */
  get locale(): Locale {
    return this.t.locale;
  }

  /** The level for the widget's own top heading. */
  get level(): number {
    return this.checked('heading-level', this.headingLevel, parseInteger(this.headingLevel, 1, 6, 2));
  }

  /** @internal Where the widget is: waiting for data, showing it, showing nothing, or failing. */
  get phase(): Phase {
    if (this.failure) return 'error';
    switch (this.data.status) {
      case LoadStatus.COMPLETE:
        return this.countOf(this.data.value as Data) === 0 ? 'empty' : 'ready';
      case LoadStatus.ERROR:
        return 'error';
      default:
        return 'loading';
    }
  }

  /** @internal The problem on show, if any. */
  protected get problem(): Problem | undefined {
    if (this.failure) return this.failure;
    return this.data.status === LoadStatus.ERROR ? problemFrom(this.data.error) : undefined;
  }

  /** The data inputs: when one of these values changes, the data loads again. */
  protected loadArgs(): readonly unknown[] {
    return [this.src];
  }

  /**
   * Loads and prepares what the widget shows. Throw a {@link WidgetProblem} for a problem
   * of the widget's own; loader errors are understood as they are. Stop when the signal
   * aborts.
   */
  protected abstract load(context: LoadContext): Promise<Data>;

  /**
   * How many things `data` shows: 0 shows the empty state. `undefined` shows the widget
   * but holds `dv-ready` back until the widget knows (it then calls `emitReady`).
   */
  protected abstract countOf(data: Data): number | undefined;

  /** The widget's content once its data is there. */
  protected abstract renderReady(data: Data): unknown;

  /** The message when there is nothing to show. */
  protected emptyMessage(): string {
    return this.t.msg('Er is niets om te tonen.', { id: 'core.widget.there-nothing-show' });
  }

  /** The visitor's message for a problem; widgets extend it for their own codes. */
  protected messageFor(problem: Problem): string {
    return problemView?.problemMessage(this.t, problem) ?? `(${problem.code})`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingTheme = watchPageTheme(() => this.requestUpdate());
    // Moved in the page while loading: the load was cut short on leaving; start it again.
    if (this.reloadOnConnect) {
      this.reloadOnConnect = false;
      void this.data.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingTheme?.();
    if (this.data.status === LoadStatus.PENDING) {
      this.data.abort();
      this.reloadOnConnect = true;
    }
  }

  /** Loads the data again, skipping caches, as the retry button does. */
  reload(): void {
    this.fresh = true;
    this.failure = undefined;
    void this.data.run();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const theme = this.checked('theme', this.theme, parseChoice(this.theme, THEMES, 'auto'));
    // The dark colours apply through this attribute (theme.ts): `auto` follows the host page.
    this.toggleAttribute('data-dv-dark', theme === 'dark' || (theme === 'auto' && pageIsDark()));
    if (this.t.invalid) this.warnOnce('lang', this.lang, this.locale);
    // The translation did not arrive: English or Dutch is better than nothing.
    if (this.t.loadFailed) this.warnOnce('lang', this.lang || document.documentElement.lang, SOURCE_LOCALE);
  }

  /** @internal False while the words of the widget's language are on their way. */
  private get localeReady(): boolean {
    if (!words && (this.texts || document.querySelector('script[data-dv-texts]'))) {
      void (ownWords ??= import('../i18n/overrides.js').then((m) => m.ownWords, () => () => undefined)).then((found) => {
        words = found;
        this.requestUpdate();
      });
      return false;
    }
    return this.t.ready;
  }

  /** A failing render shows the error state instead. */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this.fail({ code: 'internal' }, error);
      super.update(changed);
    }
  }

  protected override render(): unknown {
    const phase = this.phase;
    const busy = phase === 'loading' || !this.localeReady;
    return html`<div
      class="base"
      part="base"
      lang=${this.locale}
      dir=${this.t.dir}
      data-phase=${busy ? 'loading' : phase}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${this.renderChoice()}${busy ? this.renderLoading() : [this.renderCheck(), this.renderPhase(phase)]}
    </div>`;
  }

  /** The webmaster's report above the content (or the empty or error state), with `check`. */
  private renderCheck(): unknown {
    const report = this.check && this.dataReport;
    if (!report) return '';
    if (checkView) return checkView.renderReport(this, report, this.level);
    import('../check/report-view.js').then((module) => {
      checkView = module;
      this.requestUpdate();
    }, () => undefined);
    return '';
  }

  /** The visitor's language control at the top, with `languages` (in every phase, so it keeps its place and focus). */
  private renderChoice(): unknown {
    if (!this.languages) return '';
    if (choiceView) return choiceView.languageChoice(this);
    import('../language-choice/language-choice-view.js').then((module) => {
      choiceView = module;
      this.requestUpdate();
    }, () => undefined);
    return '';
  }

  private renderPhase(phase: Phase): unknown {
    switch (phase) {
      case 'error':
        return this.renderProblem(this.problem ?? { code: 'internal' });
      case 'empty':
        return html`<div class="status" part="status"><p>${this.emptyMessage()}</p></div>`;
      default:
        return this.renderReady(this.data.value as Data);
    }
  }

  protected renderLoading(): TemplateResult {
    // Built-in words: right from the first frame, before the language's catalogue arrives.
    return html`<div class="status" part="status"><p>${loadingWords(this.locale)}</p></div>`;
  }

  /**
   * The widget's own title, shown as its heading in the error state too, so the visitor
   * knows which service failed. Widgets with a fixed heading return it (inside a render,
   * with `this.t.msg()`).
   */
  protected widgetTitle(): string | undefined {
    return undefined;
  }

  protected renderProblem(problem: Problem): unknown {
    const title = this.widgetTitle();
    return problemView
      ? problemView.renderProblem(this.t, problem, this.messageFor(problem), () => this.reload(), title && this.heading(title))
      : html`<div class="status error" part="status" role="alert">${problemViewMissing ? this.messageFor(problem) : ''}</div>`;
  }

  /** A heading at the widget's level, so it fits the host page's outline. */
  protected heading(content: unknown, part = 'heading', offset = 0): TemplateResult {
    return headingTemplate(Math.min(6, this.level + offset), content, part);
  }

  /**
   * Fires `dv-ready` with `count` once the widget shows it; nothing when newer data
   * arrived meanwhile or the widget left the page.
   */
  protected async emitReady(count: number, data: Data | undefined = this.data.value): Promise<void> {
    // The task's own update is requested right after its completion: wait for it.
    await Promise.resolve();
    await this.updateComplete;
    if (!this.isConnected || this.data.value !== data || this.phase === 'error') return;
    // `report` is there only when the data came from `src`.
    const report = this.dataReport;
    this.emit('dv-ready', report ? { count, report } : { count });
  }

  /** Shows a problem in place and tells the host page; never throws. */
  protected fail(problem: Problem, cause?: unknown): void {
    if (problem.code === 'internal') console.error(`<${this.localName}>:`, cause);
    this.failure = problem;
    const tell = () => {
      this.requestUpdate();
      const message = this.messageFor(problem);
      this.emit('dv-error', { code: problem.code, message });
    };
    if (problemView) return tell();
    // The alert fills in when its words arrive; offline, the bare code is shown.
    import('./problem-view.js').then(
      (module) => {
        problemView = module;
        tell();
      },
      () => {
        problemViewMissing = true;
        tell();
      },
    );
  }

  /** Fires one of the `dv-*` events (bubbling and composed), with its typed detail. */
  protected emit<K extends keyof DvEventDetails>(type: K, detail: DvEventDetails[K]): void {
    dispatchDvEvent(this, type, detail);
  }

  /** Returns the parsed value, warning once per element about an unusable attribute value. */
  protected checked<T>(attribute: string, raw: unknown, parsed: Parsed<T>): T {
    if (parsed.invalid) this.warnOnce(attribute, raw, parsed.value);
    return parsed.value;
  }

  protected warnOnce(attribute: string, raw: unknown, fallback: unknown): void {
    const key = `${attribute}=${String(raw)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(
      `<${this.localName}>: ${attribute}="${String(raw)}" is not a valid value; using ${
        fallback === undefined || fallback === '' ? 'nothing' : `"${String(fallback)}"`
      } instead.`,
    );
  }
}
