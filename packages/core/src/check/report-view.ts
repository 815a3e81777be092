import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { DataIssue, DataReport } from '../data/report.js';
import { headingTemplate } from '../base/heading.js';
import { adoptStyles } from '../styles/adopt.js';
import { encodingText, fieldText, recordText, remarkText, summaryText, type IssueText } from './report-text.js';
import type { Localize } from '../i18n/translator.js';

/*
 * The webmaster's report (`check`), shown inside the widget above its content. This
 * module, its styles and its words arrive only on a page that sets `check`: visitors
 * never load it. It is information, not an error: no alert role, no error colour.
 */

/** How many lines of each list show at once; the rest is behind "en nog N". */
export const SHOWN = 10;

export const checkStyles = css`
  .check {
    margin: 0 0 var(--_space);
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-inline-start: 0.35em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .check > :first-child {
    margin-top: 0;
  }
  .check :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .check p,
  .check ul {
    margin: 0 0 0.5em;
  }
  .check ul {
    padding-inline-start: 1.25em;
  }
  .check li {
    margin-bottom: 0.35em;
  }
  .check .tip {
    display: block;
    color: var(--_muted);
  }
  .check .remarks {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .check summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 1.5em;
  }
  .check > :last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    .check {
      border: 2px dashed CanvasText;
    }
  }
`;

/** One list of issues: the first {@link SHOWN} lines, the rest behind a disclosure. */
function issueList(t: Localize, issues: readonly DataIssue[], words: (issue: DataIssue) => IssueText, className: string): TemplateResult {
  const item = (issue: DataIssue) => {
    const { text, tip } = words(issue);
    return html`<li>${text} <span class="tip">${tip}</span></li>`;
  };
  const rest = issues.length - SHOWN;
  return html`<ul class=${className}>
      ${issues.slice(0, SHOWN).map(item)}
    </ul>
    ${rest > 0
      ? html`<details class=${className}>
          <summary>${t.msg(str`en nog ${rest}`, { id: 'core.report.more' })}</summary>
          <ul>
            ${issues.slice(SHOWN).map(item)}
          </ul>
        </details>`
      : nothing}`;
}

/** The report as a `<section part="check">`, its heading one level below the widget's (`level`). */
export function renderReport(host: { renderRoot: HTMLElement | DocumentFragment; t: Localize }, report: DataReport, level: number): TemplateResult {
  adoptStyles(host, checkStyles);
  const t = host.t;
  // One report per shadow root: a fixed id is unique there.
  const id = 'dv-check-heading';
  const { kind, recordsLeftOut, fieldsLeftOut, remarks } = report;
  const encoding = encodingText(t, report);
  const clean = !encoding && !recordsLeftOut.length && !fieldsLeftOut.length && !remarks.length;
  return html`<section class="check" part="check" aria-labelledby=${id}>
    ${headingTemplate(Math.min(6, level + 1), html`<span id=${id}>${t.msg('Controle van je gegevens', { id: 'core.report.checking-your-data' })}</span>`, 'check-heading')}
    <p>${summaryText(t, report)}${clean && report.total ? ` ${t.msg('Alles is goed gelezen.', { id: 'core.report.everything-was-read-well' })}` : ''}</p>
    ${encoding ? html`<p>${encoding}</p>` : nothing}
    ${recordsLeftOut.length
      ? html`<p><strong>${t.msg('Niet getoond', { id: 'core.report.not-shown' })}</strong></p>
          ${issueList(t, recordsLeftOut, (issue) => recordText(t, issue, kind), 'left-out')}`
      : nothing}
    ${fieldsLeftOut.length
      ? html`<p><strong>${t.msg('Velden weggelaten', { id: 'core.report.fields-left-out' })}</strong></p>
          ${issueList(t, fieldsLeftOut, (issue) => fieldText(t, issue, kind), 'fields')}`
      : nothing}
    ${remarks.length
      ? html`<p class="remarks">${t.msg('Goed om te weten', { id: 'core.report.good-know' })}</p>
          ${issueList(t, remarks, (issue) => remarkText(t, issue, kind), 'remarks')}`
      : nothing}
  </section>`;
}
