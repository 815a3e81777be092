import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import {
  formatDate,
  localizedText,
  printPage,
  type CheckResult,
  type Locale,
  type PrintOptions,
  type QuestionSet,
} from '@digivaardig/core';
import { areaReports, reportFileName, reportText, type AreaLink, type AreaReport, type ReportWords } from './report.js';
import { resultPlan, type LearnArea } from './plan.js';
import { resultPrintPage } from './print-result.js';
import { summarize } from './summary.js';
import type { Localize } from '@digivaardig/core';

/*
 * The result screen, its print and download, and (with chart="radar") its radar chart.
 * It arrives only when a visitor reaches the result (see ResultPart), so the intro and
 * questions stay light.
 */

export { RadarView } from '../radar/radar-view.js';
export { completeDetail } from '../self-check/complete-detail.js';
export { resultStyles } from './result-view.styles.js';

export interface ResultOptions {
  set: QuestionSet;
  result: CheckResult;
  /** The element's words and language. */
  t: Localize;
  /** Page of the course finder ('' = this page), or undefined: no course-finder links. */
  coursePage: string | undefined;
  /** The radar chart (RadarView's figure), or nothing. */
  radar: unknown;
  heading: (content: unknown, part: string, offset: number) => TemplateResult;
  onPrint: () => void;
  onDownload: () => void;
  onRestart: () => void;
}

/** The visitor's words for the level of an area. */
function levelText(t: Localize, report: AreaReport): string {
  return report.score.score === null
    ? t.msg('Geen niveau. Je koos hier alleen "Weet ik niet" of "Ik begrijp de vraag niet".', { id: 'check.result.no-level-here-you' })
    : t.msg(str`Niveau: ${report.level}`, { id: 'check.result.level' });
}

function list(names: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * The result's first sentence: where the visitor can learn most, praise when every area
 * with a level is at the top, or, when no area got a level, that there is no result yet
 * and where to find out, in the element's language (`t`).
 */
export function summaryText(t: Localize, set: QuestionSet, result: CheckResult): string {
  const locale = t.locale;
  const titles = new Map(set.areas.map((area) => [area.id, localizedText(area.title, locale)]));
  const summary = summarize(result, (id) => titles.get(id) ?? id);
  const top = [...set.levels].sort((a, b) => b.min - a.min)[0];
  const topLabel = localizedText(top?.label, locale);
  switch (summary.kind) {
    case 'learn':
      return t.msg(str`Hier kun je het meeste leren: ${list([...summary.names], locale)}.`, { id: 'check.result.where-you-can-learn' });
    case 'none':
      return t.msg(
        'Er is nog geen uitslag. Je koos overal "Weet ik niet" of "Ik begrijp de vraag niet". Dat is niet erg. Wil je weten wat je al kunt? Vraag het in de bibliotheek. Daar helpen ze je graag.', { id: 'check.result.there-no-result-yet' },
      );
    case 'all-top':
      return t.msg(str`Goed gedaan! Je hebt overal het niveau ${topLabel}. Misschien kun je anderen helpen.`, { id: 'check.result.well-done-you-have' });
    case 'top-where-known':
      return t.msg(
        str`Goed gedaan! Waar je een uitslag hebt, is dat het niveau ${topLabel}. Bij de andere onderdelen is er nog geen uitslag.`, { id: 'check.result.well-done-where-you' },
      );
  }
}

/** An area's links as a list (the "Meer hulp" of an area to learn in, and the other areas). */
function linkList(links: readonly AreaLink[]): unknown {
  return links.length
    ? html`<ul class="links">
        ${links.map((link) =>
          link.courseFinder
            ? html`<li><a href=${link.href}>${link.title}</a></li>`
            : html`<li><a href=${link.href} rel="noopener noreferrer">${link.title}</a></li>`,
        )}
      </ul>`
    : nothing;
}

/** "Niveau: Basis" and what it means. */
function levelLine(t: Localize, report: AreaReport): TemplateResult {
  return html`<p class="level ${report.score.score === null ? 'none' : ''}">
    <strong>${levelText(t, report)}</strong>
    ${report.levelDescription && report.score.score !== null ? html` ${report.levelDescription}` : nothing}
  </p>`;
}

/** The overview near the top: every area on one line, its level in a word and as a bar. */
function overview(t: Localize, reports: readonly AreaReport[], heading: ResultOptions['heading']): TemplateResult {
  return html`${heading(t.msg('Alle onderdelen in het kort', { id: 'check.result.all-areas-glance' }), 'bars-heading', 1)}
    <ul class="bars" part="bars" role="list">
      ${reports.map(
        (report) => html`<li>
          <span class="bar-label">${report.title}</span>
          <span class="bar-value">${report.score.score === null ? t.msg('geen niveau', { id: 'check.result.no-level' }) : report.level}</span>
          <span class="bar-track" aria-hidden="true">
            <span class="bar-fill" part="bar" .style=${'--score: ' + (report.score.score ?? 0)}></span>
          </span>
        </li>`,
      )}
    </ul>`;
}

/** An area to learn most in: its level, advice, one next step, and further help behind "Meer hulp". */
function learnArea(t: Localize, { report, next, more }: LearnArea, heading: ResultOptions['heading']): TemplateResult {
  return html`<li class="area" part="area">
    ${heading(report.title, 'area-heading', 2)} ${levelLine(t, report)}
    ${report.advice ? html`<p class="advice">${report.advice}</p>` : nothing}
    ${next
      ? html`<p class="next">
          <a class="next-step" part="next-step" href=${next.href} rel=${next.courseFinder ? nothing : 'noopener noreferrer'}
            ><span>${next.title}</span></a
          >
        </p>`
      : nothing}
    ${more.length
      ? html`<details class="more">
          <summary>${t.msg('Meer hulp', { id: 'check.result.more-help' })}</summary>
          ${linkList(more)}
        </details>`
      : nothing}
  </li>`;
}

/** Another area: name and level on one line, the advice and links behind it (a disclosure). */
function otherArea(t: Localize, report: AreaReport): TemplateResult {
  return html`<li>
    <details part="other-area">
      <summary>
        <span class="other-name">${report.title}</span><span class="other-level"
          >${report.score.score === null ? t.msg('geen niveau', { id: 'check.result.no-level' }) : report.level}</span
        >
      </summary>
      <div class="other-body">
        ${levelLine(t, report)} ${report.advice ? html`<p class="advice">${report.advice}</p>` : nothing} ${linkList(report.links)}
      </div>
    </details>
  </li>`;
}

/**
 * In the element's language (`t`). In reading order: the
 * heading, an overview of every area, the (up to three) areas to learn most in, each
 * with one next step, then the other areas compact, the radar (if asked) and the buttons.
 */
export function renderResult(options: ResultOptions): TemplateResult {
  const { set, result, t, coursePage, heading } = options;
  const locale = t.locale;
  const reports = areaReports(set, result, locale, coursePage);
  const plan = resultPlan(reports, result.weakest);
  return html`<section class="result" part="result">
    ${heading(t.msg('Jouw uitslag', { id: 'check.result.your-result' }), 'heading', 0)}
    <p>${t.msg('Dit heb je zelf gekozen. Het is geen toets: je kunt niets fout doen.', { id: 'check.result.what-you-chose-yourself' })}</p>
    ${plan.learn.length ? nothing : html`<p class="weakest">${summaryText(t, set, result)}</p>`}
    ${overview(t, reports, heading)}
    ${plan.learn.length
      ? html`${heading(t.msg('Hier kun je het meeste leren', { id: 'check.result.where-you-can-learn-2' }), 'learn-heading', 1)}
          <ol class="learn" part="learn" role="list">
            ${plan.learn.map((area) => learnArea(t, area, heading))}
          </ol>`
      : nothing}
    ${plan.others.length
      ? html`${heading(plan.learn.length ? t.msg('De andere onderdelen', { id: 'check.result.other-areas' }) : t.msg('Per onderdeel', { id: 'check.result.area-by-area' }), 'others-heading', 1)}
          <ul class="others" part="others" role="list">
            ${plan.others.map((report) => otherArea(t, report))}
          </ul>`
      : nothing}
    ${options.radar}
    <div class="actions" part="actions">
      <button type="button" @click=${options.onPrint}>${t.msg('Print je uitslag', { id: 'check.result.print-your-result' })}</button>
      <button type="button" @click=${options.onDownload}>${t.msg('Download je uitslag', { id: 'check.result.download-your-result' })}</button>
      <button type="button" class="secondary" @click=${options.onRestart}>${t.msg('Opnieuw beginnen', { id: 'check.result.start-again' })}</button>
    </div>
  </section>`;
}

/**
 * After the last statement, before focus moves to the result's heading: the result starts
 * at the top of the screen (when its top is above the screen or far down it), so the
 * overview and the first area to learn in are in view. Returns the heading to focus.
 */
export function alignResult(heading: HTMLElement | null): HTMLElement | null {
  const result = heading?.parentElement;
  const top = result?.getBoundingClientRect().top ?? 0;
  if (top < 0 || top > innerHeight / 4) result?.scrollIntoView({ block: 'start' });
  return heading;
}

/** The words of the printed and downloaded result, in the element's language. */
function reportWords(t: Localize, now: Date, footer: string): ReportWords {
  const locale = t.locale;
  return {
    heading: t.msg('Jouw uitslag', { id: 'check.result.your-result' }),
    date: t.msg(str`Gemaakt op ${formatDate(now, locale)}.`, { id: 'check.result.made' }),
    level: (level) => t.msg(str`Niveau: ${level}`, { id: 'check.result.level' }),
    score: (score) => t.msg(str`${score} van 100`, { id: 'check.result.out-100' }),
    noLevel: t.msg('Geen niveau. Je koos hier alleen "Weet ik niet" of "Ik begrijp de vraag niet".', { id: 'check.result.no-level-here-you' }),
    help: t.msg('Hier kun je hulp krijgen:', { id: 'check.result.where-you-can-get' }),
    footer,
  };
}

/**
 * Prints the result only, on a page of its own (never the host page around the widget),
 * in the element's language. Returns false when the browser could not print it.
 */
export function printResult(
  t: Localize,
  set: QuestionSet,
  result: CheckResult,
  coursePage: string | undefined,
  options?: PrintOptions,
): boolean {
  const locale = t.locale;
  const page = resultPrintPage({
      lang: locale,
      title: localizedText(set.title, locale),
      words: reportWords(t, new Date(), t.msg('Je antwoorden zijn niet verstuurd. Ze staan alleen op je eigen apparaat.', { id: 'check.result.your-answers-were-not' })),
      summary: summaryText(t, set, result),
      reports: areaReports(set, result, locale, coursePage),
      pageUrl: location.href,
    });
  return printPage(page, options);
}

/** Saves the result as a text file the visitor keeps (a Blob and a temporary download link). */
export function downloadReport(
  host: { readonly renderRoot: HTMLElement | DocumentFragment },
  t: Localize,
  set: QuestionSet,
  result: CheckResult,
  coursePage: string | undefined,
): void {
  const locale = t.locale;
  const now = new Date();
  const text = reportText(
      localizedText(set.title, locale),
      areaReports(set, result, locale, coursePage),
      reportWords(t, now, t.msg('Je antwoorden zijn alleen in dit bestand en op je eigen apparaat bewaard.', { id: 'check.result.your-answers-are-kept' })),
      location.href,
    );
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(t.msg('uitslag', { id: 'check.result.result' }), set.framework, now);
  link.hidden = true;
  host.renderRoot.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file's address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
