import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  formatDate,
  localizedText,
  printPage,
  withLocale,
  type CheckResult,
  type Locale,
  type PrintOptions,
  type QuestionSet,
} from '@digivaardig/core';
import { areaReports, reportFileName, reportText, type AreaReport, type ReportWords } from './report.js';
import { resultPrintPage } from './print-result.js';
import { summarize } from './summary.js';

/*
 * The result screen, its print and download, and (with chart="radar") its radar chart.
 * It arrives only when a visitor reaches the result (see ResultPart), so the intro and
 * questions stay light.
 */

export { RadarView } from '../radar/radar-view.js';
export { completeDetail } from '../self-check/complete-detail.js';

export interface ResultOptions {
  set: QuestionSet;
  result: CheckResult;
  locale: Locale;
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
function levelText(report: AreaReport): string {
  return report.score.score === null
    ? msg('Geen niveau. Je koos hier alleen "Weet ik niet" of "Ik begrijp de vraag niet".')
    : msg(str`Niveau: ${report.level}`);
}

function list(names: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
}

/**
 * The result's first sentence: where the visitor can learn most, praise when every area
 * with a level is at the top, or, when no area got a level, that there is no result yet
 * and where to find out. Call with the element's language active.
 */
export function summaryText(set: QuestionSet, result: CheckResult, locale: Locale): string {
  const titles = new Map(set.areas.map((area) => [area.id, localizedText(area.title, locale)]));
  const summary = summarize(result, (id) => titles.get(id) ?? id);
  const top = [...set.levels].sort((a, b) => b.min - a.min)[0];
  const topLabel = localizedText(top?.label, locale);
  switch (summary.kind) {
    case 'learn':
      return msg(str`Hier kun je het meeste leren: ${list([...summary.names], locale)}.`);
    case 'none':
      return msg(
        'Er is nog geen uitslag. Je koos overal "Weet ik niet" of "Ik begrijp de vraag niet". Dat is niet erg. Wil je weten wat je al kunt? Vraag het in de bibliotheek. Daar helpen ze je graag.',
      );
    case 'all-top':
      return msg(str`Goed gedaan! Je hebt overal het niveau ${topLabel}. Misschien kun je anderen helpen.`);
    case 'top-where-known':
      return msg(
        str`Goed gedaan! Waar je een uitslag hebt, is dat het niveau ${topLabel}. Bij de andere onderdelen is er nog geen uitslag.`,
      );
  }
}

/** Call inside the element's render (its language is active then). */
export function renderResult(options: ResultOptions): TemplateResult {
  const { set, result, locale, coursePage, heading } = options;
  const reports = areaReports(set, result, locale, coursePage);
  return html`<section class="result" part="result">
    ${heading(msg('Jouw uitslag'), 'heading', 0)}
    <p>${msg('Dit is wat je zelf hebt gekozen. Het is geen toets: je kunt niets fout doen.')}</p>
    <p class="weakest">${summaryText(set, result, locale)}</p>
    <ul class="areas" role="list">
      ${reports.map(
        (report) => html`<li class="area" part="area">
          ${heading(report.title, 'area-heading', 1)}
          <p class="level ${report.score.score === null ? 'none' : ''}">
            <strong>${levelText(report)}</strong>
            ${report.levelDescription && report.score.score !== null ? html` ${report.levelDescription}` : nothing}
          </p>
          ${report.advice ? html`<p>${report.advice}</p>` : nothing}
          ${report.links.length
            ? html`<ul class="links">
                ${report.links.map((link) =>
                  link.courseFinder
                    ? html`<li><a href=${link.href}>${link.title}</a></li>`
                    : html`<li><a href=${link.href} rel="noopener noreferrer">${link.title}</a></li>`,
                )}
              </ul>`
            : nothing}
        </li>`,
      )}
    </ul>
    ${heading(msg('Je uitslag in balken'), 'bars-heading', 1)}
    <ul class="bars" part="bars" role="list">
      ${reports.map(
        (report) => html`<li>
          <span class="bar-label">${report.title}</span>
          <span class="bar-track" aria-hidden="true">
            <span class="bar-fill" part="bar" .style=${'--score: ' + (report.score.score ?? 0)}></span>
          </span>
          <span class="bar-value">
            ${report.score.score === null
              ? msg('geen score')
              : msg(str`${report.score.score} van 100, ${report.level}`)}
          </span>
        </li>`,
      )}
    </ul>
    ${options.radar}
    <div class="actions" part="actions">
      <button type="button" @click=${options.onPrint}>${msg('Print je uitslag')}</button>
      <button type="button" @click=${options.onDownload}>${msg('Download je uitslag')}</button>
      <button type="button" class="secondary" @click=${options.onRestart}>${msg('Opnieuw beginnen')}</button>
    </div>
  </section>`;
}

/** The words of the printed and downloaded result; call with the element's language active. */
function reportWords(now: Date, locale: Locale, footer: string): ReportWords {
  return {
    heading: msg('Jouw uitslag'),
    date: msg(str`Gemaakt op ${formatDate(now, locale)}.`),
    level: (level) => msg(str`Niveau: ${level}`),
    score: (score) => msg(str`${score} van 100`),
    noLevel: msg('Geen niveau. Je koos hier alleen "Weet ik niet" of "Ik begrijp de vraag niet".'),
    help: msg('Hier kun je hulp krijgen:'),
    footer,
  };
}

/**
 * Prints the result only, on a page of its own (never the host page around the widget),
 * in the element's language. Returns false when the browser could not print it.
 */
export function printResult(
  set: QuestionSet,
  result: CheckResult,
  locale: Locale,
  coursePage: string | undefined,
  options?: PrintOptions,
): boolean {
  const page = withLocale(locale, () =>
    resultPrintPage({
      lang: locale,
      title: localizedText(set.title, locale),
      words: reportWords(new Date(), locale, msg('Je antwoorden zijn niet verstuurd. Ze staan alleen op je eigen apparaat.')),
      summary: summaryText(set, result, locale),
      reports: areaReports(set, result, locale, coursePage),
      pageUrl: location.href,
    }),
  );
  return printPage(page, options);
}

/** Saves the result as a text file the visitor keeps (a Blob and a temporary download link). */
export function downloadReport(
  host: { readonly renderRoot: HTMLElement | DocumentFragment },
  set: QuestionSet,
  result: CheckResult,
  locale: Locale,
  coursePage: string | undefined,
): void {
  const now = new Date();
  const text = withLocale(locale, () =>
    reportText(
      localizedText(set.title, locale),
      areaReports(set, result, locale, coursePage),
      reportWords(now, locale, msg('Je antwoorden zijn alleen in dit bestand en op je eigen apparaat bewaard.')),
      location.href,
    ),
  );
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(withLocale(locale, () => msg('uitslag')), set.framework, now);
  link.hidden = true;
  host.renderRoot.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the file's address is freed.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export const resultStyles = css`
  .result > p {
    margin: 0 0 var(--_space);
  }
  .weakest {
    font-weight: 600;
  }
  .areas,
  .bars {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
  }
  .area {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .area [part='area-heading'] {
    font-size: 1.125em;
    margin: 0 0 0.5em;
  }
  .area p {
    margin: 0 0 0.5em;
  }
  .level.none {
    color: var(--_muted);
  }
  .links {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .links li {
    padding-block: 0.25em;
  }
  [part='bars-heading'] {
    font-size: 1.125em;
  }
  .bars li {
    display: grid;
    grid-template-columns: minmax(8em, 1fr) 2fr;
    gap: 0.25em 0.75em;
    align-items: center;
    padding-block: 0.375em;
  }
  .bar-track {
    height: 1em;
    border: 1px solid var(--_border);
    border-radius: 0.25em;
    background: var(--_background);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    width: calc(var(--score, 0) * 1%);
    background: var(--_primary);
  }
  .bar-value {
    grid-column: 2;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }
  @media (max-width: 30em) {
    .bars li {
      grid-template-columns: 1fr;
    }
    .bar-value {
      grid-column: 1;
    }
  }
  @media (forced-colors: active) {
    .bar-fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .area {
      border-color: CanvasText;
    }
  }
  @media print {
    .actions,
    .clear-box {
      display: none;
    }
    .area {
      break-inside: avoid;
      background: none;
    }
    .bar-fill {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .links a::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
