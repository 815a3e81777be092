import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * "Bedoel je Utrecht?": a button that searches for the place we think was meant. Only a
 * search can call for it, so it comes with the engine, not with the page.
 */
export function suggestionButton(name: string, onChoose: (name: string) => void): TemplateResult {
  return html`<button type="button" class="secondary suggestion" part="suggestion" @click=${() => onChoose(name)}>${msg(str`Bedoel je ${name}?`, { id: 'ido.suggestion.did-you-mean' })}</button>`;
}
