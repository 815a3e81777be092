import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { RETRYABLE, type Problem } from './problem.js';
import type { Localize } from '../i18n/translator.js';

/*
 * The error view and its messages arrive only when something fails: most visitors never
 * need these bytes.
 */

/** The visitor's message for the shared problem codes, in the widget's language. */
export function problemMessage(t: Localize, problem: Problem): string {
  switch (problem.code) {
    case 'network':
      return t.msg('De gegevens konden niet worden opgehaald. Controleer je internetverbinding en probeer het opnieuw.', { id: 'core.problem.data-could-not-fetched' });
    case 'timeout':
      return t.msg('Het ophalen van de gegevens duurt te lang. Probeer het later opnieuw.', { id: 'core.problem.fetching-data-taking-too' });
    case 'http':
      return t.msg(
        'De gegevens zijn nu niet te vinden. Probeer het later opnieuw. Blijft dit zo? Laat het de beheerder van deze website weten.', { id: 'core.problem.data-cannot-found-right' },
      );
    case 'parse':
      return t.msg('De gegevens kunnen niet worden gelezen. Laat het de beheerder van deze website weten.', { id: 'core.problem.data-cannot-read-please' });
    case 'invalid':
      return t.msg('Er staan geen bruikbare gegevens in het bestand. Laat het de beheerder van deze website weten.', { id: 'core.problem.file-holds-no-usable' });
    default:
      return t.msg('Er ging iets mis in dit onderdeel. Laad de pagina opnieuw.', { id: 'core.problem.something-went-wrong-part' });
  }
}

/** The code for the webmaster: the HTTP status for `http`, else the problem's code. */
export function problemCode(problem: Problem): string {
  return problem.code === 'http' ? `HTTP ${problem.detail ?? '?'}` : problem.code;
}

/**
 * The error state: the widget's heading (when it has one), the message in plain words as an
 * alert, a retry button when retrying can help, and the code folded away for the webmaster.
 */
export function renderProblem(t: Localize, problem: Problem, message: string, onRetry: () => void, heading: unknown = nothing): TemplateResult {
  return html`${heading}<div class="status error" part="status" role="alert">
    <p>${message}</p>
    ${problem.retry ?? RETRYABLE.has(problem.code)
      ? html`<p><button type="button" part="retry" @click=${onRetry}>${t.msg('Probeer opnieuw', { id: 'core.problem.try-again' })}</button></p>`
      : nothing}
    <details class="problem-detail" part="problem-detail">
      <summary>${t.msg('Voor de beheerder van de website', { id: 'core.problem.website-s-administrator' })}</summary>
      <p>${t.msg(str`Foutcode: ${problemCode(problem)}`, { id: 'core.problem.error-code' })}</p>
    </details>
  </div>`;
}
