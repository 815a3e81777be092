import { html, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { isolateIn, type Localize } from '@digivaardig/core';

/**
 * "Bedoel je Utrecht?": a button that searches for the place we think was meant. Only a
 * search can call for it, so it comes with the engine, not with the page.
 */
export function suggestionButton(t: Localize, place: string, onChoose: (name: string) => void): TemplateResult {
  // In Arabic the name keeps its own direction inside the sentence.
  const name = isolateIn(t.locale, place);
  return html`<button type="button" class="secondary suggestion" part="suggestion" @click=${() => onChoose(place)}>${t.msg(str`Bedoel je ${name}?`, { id: 'ido.suggestion.did-you-mean' })}</button>`;
}
