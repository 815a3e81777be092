import { html, LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { parseChoice, parseInteger, type Parsed } from '../attributes.js';
import { isLocaleReady, loadLocale, registerCatalog, withLocale } from '../i18n/catalog.js';
import { resolveLocale, SOURCE_LOCALE, type Locale } from '../i18n/locale.js';
import { themeStyles } from '../styles/theme.js';
import { headingTemplate } from './heading.js';
import type { Problem } from './problem.js';

type ProblemView = typeof import('./problem-view.js');
let problemView: ProblemView | undefined;
let problemViewMissing = false;
import { watchPageLanguage } from './page-language.js';

// The shared states' own strings (loading, errors) come with the base element.
registerCatalog('en', () => import('../generated/locales/en.js'));

/** Where a widget is in its life: waiting for data, showing it, showing nothing, or failing. */
export type Phase = 'loading' | 'ready' | 'empty' | 'error';

export const THEMES = ['auto', 'light', 'dark'] as const;

/** Thrown from `load()` to show a problem in place (see {@link Problem}). */
export class WidgetProblem extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/**
 * The base of every Digivaardig widget. It resolves the language and heading level,
 * loads data through the subclass's `load()`, renders the shared loading, empty and error
 * states, fires `dv-ready` and `dv-error`, and keeps every failure inside the widget.
 *
 * @attr lang - `nl` (default) or `en`; when absent, the page's `<html lang>` decides.
 * @attr heading-level - Level (1–6) of the widget's own top heading; 2 by default.
 * @attr src - URL of the widget's data (JSON, or CSV with a header row), replacing the embedded default.
 * @attr theme - `auto` (default, follows the visitor's system), `light` or `dark`.
 * @fires dv-ready - Data loaded and shown. `detail: { count }`.
 * @fires dv-error - Something went wrong; the widget shows it. `detail: { code, message }`.
 * @csspart base - The widget's outer box.
 * @csspart status - The loading, empty or error message.
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
 * @cssprop --dv-font-size - The base font size; 1rem by default.
 * @cssprop --dv-radius - Corner radius of boxes and buttons.
 * @cssprop --dv-space - The basic spacing unit.
 */
export abstract class DvElement extends LitElement {
  static override styles = [themeStyles];

  static override properties: PropertyDeclarations = {
    lang: {},
    headingLevel: { attribute: 'heading-level' },
    src: {},
    // Reflected so :host([theme=…]) styles follow a property set from script; an empty
    // value writes no attribute, so the host page's markup is left as it was.
    theme: { reflect: true, converter: { toAttribute: (value: string) => value || null, fromAttribute: (value: string | null) => value ?? '' } },
    phase: { state: true },
    problem: { state: true },
    localeReady: { state: true },
  };

  /** `nl` (default) or `en`; when absent, the page's `<html lang>` decides. */
  override lang = '';

  /** Level (1–6) of the widget's own top heading; 2 by default. */
  headingLevel: string | number = '';

  /** URL of the widget's data (JSON, or CSV with a header row), replacing the embedded default. */
  src = '';

  /** `auto` (default: follows the visitor's system), `light` or `dark`. */
  theme = '';

  /** @internal */
  protected phase: Phase = 'loading';
  /** @internal */
  protected problem: Problem | undefined;
  /** @internal */
  private localeReady = true;

  /** @internal True while loading again after the visitor pressed "try again". */
  protected retrying = false;
  private loadController: AbortController | undefined;
  private needsLoad = true;
  private readonly warned = new Set<string>();
  private stopWatchingPage: (() => void) | undefined;

  /** The language this widget speaks now. */
  get locale(): Locale {
    const { locale } = resolveLocale(this.lang, document.documentElement.lang);
    return locale;
  }

  /** The level for the widget's own top heading. */
  get level(): number {
    return this.checked('heading-level', this.headingLevel, parseInteger(this.headingLevel, 1, 6, 2));
  }

  /** Properties whose change means the data must be loaded again. */
  protected get dataProperties(): readonly string[] {
    return ['src'];
  }

  /**
   * Loads and prepares what the widget shows; returns how many things it will show
   * (0 shows the empty state). Throw a {@link WidgetProblem} for a problem of the
   * widget's own; loader errors are understood as they are. Stop when `signal` aborts.
   */
  protected abstract load(signal: AbortSignal): Promise<number>;

  /** The widget's content once its data is there. */
  protected abstract renderReady(): unknown;

  /** The message when there is nothing to show. */
  protected emptyMessage(): string {
    return msg('Er is niets om te tonen.');
  }

  /** The visitor's message for a problem; widgets extend it for their own codes. */
  protected messageFor(problem: Problem): string {
    return problemView?.problemMessage(problem) ?? `(${problem.code})`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatchingPage = watchPageLanguage(() => this.requestUpdate());
    // Re-attached after a removal that cut a load short: start it again.
    if (this.phase === 'loading' && this.hasUpdated) this.needsLoad = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingPage?.();
    this.loadController?.abort();
  }

  /** Loads the data again, as the retry button does. */
  reload(): void {
    this.retrying = true;
    this.needsLoad = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (this.dataProperties.some((name) => changed.has(name))) this.needsLoad = true;
    this.checked('theme', this.theme, parseChoice(this.theme, THEMES, 'auto'));
    const { invalid } = resolveLocale(this.lang, document.documentElement.lang);
    if (invalid) this.warnOnce('lang', this.lang, this.locale);
    const locale = this.locale;
    if (!isLocaleReady(locale)) {
      this.localeReady = false;
      loadLocale(locale).then(
        () => (this.localeReady = true),
        () => {
          // The translation did not arrive: Dutch is better than nothing.
          this.warnOnce('lang', this.lang || document.documentElement.lang, SOURCE_LOCALE);
          this.localeReady = true;
        },
      );
    } else {
      this.localeReady = true;
    }
    if (this.needsLoad && this.isConnected) {
      this.needsLoad = false;
      void this.runLoad();
    }
  }

  /** Renders in the widget's own language; a failing render shows the error state instead. */
  protected override update(changed: PropertyValues): void {
    const locale = isLocaleReady(this.locale) ? this.locale : SOURCE_LOCALE;
    try {
      withLocale(locale, () => super.update(changed));
    } catch (error) {
      this.fail({ code: 'internal' }, error);
      withLocale(locale, () => super.update(changed));
    }
  }

  protected override render(): unknown {
    const busy = this.phase === 'loading' || !this.localeReady;
    return html`<div
      class="base"
      part="base"
      lang=${this.locale}
      data-phase=${busy ? 'loading' : this.phase}
      aria-busy=${busy ? 'true' : 'false'}
    >
      ${busy ? this.renderLoading() : this.renderPhase()}
    </div>`;
  }

  private renderPhase(): unknown {
    switch (this.phase) {
      case 'error':
        return this.renderProblem(this.problem ?? { code: 'internal' });
      case 'empty':
        return html`<div class="status" part="status"><p>${this.emptyMessage()}</p></div>`;
      default:
        return this.renderReady();
    }
  }

  protected renderLoading(): TemplateResult {
    return html`<div class="status" part="status"><p>${msg('Bezig met laden…')}</p></div>`;
  }

  protected renderProblem(problem: Problem): unknown {
    return problemView
      ? problemView.renderProblem(problem, this.messageFor(problem), () => this.reload())
      : html`<div class="status error" part="status" role="alert">${problemViewMissing ? this.messageFor(problem) : ''}</div>`;
  }

  /**
   * @internal
   * Runs `text` with `msg()` answering in this widget's language. Renders do this by
   * themselves; words made outside a render (map labels, hints, chart labels, event
   * details) must come through here, or they come out in Dutch.
   */
  inLocale<T>(text: () => T): T {
    return withLocale(this.locale, text);
  }

  /** A heading at the widget's level, so it fits the host page's outline. */
  protected heading(content: unknown, part = 'heading', offset = 0): TemplateResult {
    return headingTemplate(Math.min(6, this.level + offset), content, part);
  }

  private async runLoad(): Promise<void> {
    this.loadController?.abort();
    const controller = new AbortController();
    this.loadController = controller;
    this.phase = 'loading';
    this.problem = undefined;
    try {
      const count = await this.load(controller.signal);
      if (controller.signal.aborted) return;
      this.phase = count > 0 ? 'ready' : 'empty';
      await this.updateComplete;
      this.emit('dv-ready', { count });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.fail(problemFrom(error), error);
    } finally {
      if (this.loadController === controller) this.retrying = false;
    }
  }

  /** Shows a problem in place and tells the host page; never throws. */
  protected fail(problem: Problem, cause?: unknown): void {
    if (problem.code === 'internal') console.error(`<${this.localName}>:`, cause);
    this.phase = 'error';
    this.problem = problem;
    const tell = () => {
      this.requestUpdate();
      const message = this.inLocale(() => this.messageFor(problem));
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

  /** Fires a bubbling, composed event, the way every dv-* event travels. */
  protected emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
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

/** Turns anything thrown while loading into a problem the visitor can read. */
function problemFrom(error: unknown): Problem {
  if (error instanceof WidgetProblem) return error.problem;
  const coded = error as { code?: unknown; status?: unknown } | null;
  if (coded && typeof coded.code === 'string') {
    return { code: coded.code, detail: coded.status === undefined ? undefined : String(coded.status) };
  }
  console.error(error);
  return { code: 'internal' };
}
