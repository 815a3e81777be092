import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { RETRYABLE, type Problem } from './problem.js';

/*
 * The error view and its messages arrive only when something fails: most visitors never
 * need these bytes.
 */

/** The visitor's message for the shared problem codes; call inside withLocale(). */
export function problemMessage(problem: Problem): string {
  switch (problem.code) {
    case 'network':
      return msg('De gegevens konden niet worden opgehaald. Controleer je internetverbinding en probeer het opnieuw.');
    case 'timeout':
      return msg('Het ophalen van de gegevens duurt te lang. Probeer het later opnieuw.');
    case 'http':
      return msg(
        str`De gegevens zijn nu niet te vinden (foutcode ${problem.detail ?? '?'}). Probeer het later opnieuw. Blijft dit zo? Laat het de beheerder van deze website weten.`,
      );
    case 'parse':
      return msg('De gegevens kunnen niet worden gelezen. Laat het de beheerder van deze website weten.');
    case 'invalid':
      return msg('Er staan geen bruikbare gegevens in het bestand. Laat het de beheerder van deze website weten.');
    default:
      return msg('Er ging iets mis in dit onderdeel. Laad de pagina opnieuw.');
  }
}

/** The error state: the message as an alert, and a retry button when retrying can help. */
export function renderProblem(problem: Problem, message: string, onRetry: () => void): TemplateResult {
  return html`<div class="status error" part="status" role="alert">
    <p>${message}</p>
    ${problem.retry ?? RETRYABLE.has(problem.code)
      ? html`<p><button type="button" part="retry" @click=${onRetry}>${msg('Probeer opnieuw')}</button></p>`
      : nothing}
  </div>`;
}
