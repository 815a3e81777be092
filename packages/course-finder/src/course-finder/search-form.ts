import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { PlaceProblem } from '../data/place-lookup.js';
import type { FinderState } from '../state.js';
import type { Place } from './place-lookup.js';
import type { Localize } from '@digivaardig/core';

/** The distance limits on offer, in km (a limit from the attributes or a link is added). */
export const DISTANCES = [5, 10, 25, 50] as const;

export interface SearchActions {
  /** Typing in the search field. */
  readonly onQuery: (query: string) => void;
  /** The postcode field changed (left, or Enter). */
  readonly onWhere: (postcode: string) => void;
  readonly onDistance: (km: number) => void;
  /** "Zoeken": both fields as they are now. */
  readonly onSubmit: (query: string, postcode: string) => void;
}

/** Words, "where are you" and a distance limit: the search landmark. */
export function searchForm(t: Localize, state: FinderState, problem: PlaceProblem | undefined, actions: SearchActions): TemplateResult {
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  const submit = (event: Event) => {
    event.preventDefault();
    const field = (id: string) => (event.target as HTMLFormElement).querySelector<HTMLInputElement>(`#${id}`)!.value;
    actions.onSubmit(field('q'), field('where'));
  };
  const limit = state.maxDistance;
  return html`<form class="search" part="search" role="search" @submit=${submit} aria-label=${t.msg('Zoek een cursus', { id: 'courses.search.find-course' })}>
    <div class="field grow">
      <label for="q">${t.msg('Zoek op woord', { id: 'courses.search.search-by-word' })}</label>
      <input id="q" type="search" dir="auto" autocomplete="off" .value=${state.query}
        placeholder=${t.msg('bijvoorbeeld: tablet, DigiD, veilig', { id: 'courses.search.example-tablet-digid-safe' })}
        @input=${(event: Event) => actions.onQuery(value(event))} />
    </div>
    <div class="field">
      <label for="where">${t.msg('Postcode of woonplaats', { id: 'courses.search.postcode-town' })}</label>
      <input id="where" type="text" dir="auto" autocomplete="postal-code" .value=${state.postcode}
        aria-describedby=${problem ? 'where-problem' : nothing}
        aria-invalid=${problem ? 'true' : 'false'}
        @change=${(event: Event) => actions.onWhere(value(event))} />
    </div>
    <div class="field">
      <label for="distance">${t.msg('Afstand', { id: 'courses.search.distance' })}</label>
      <select id="distance" @change=${(event: Event) => actions.onDistance(Number(value(event)))}>
        <option value="0" ?selected=${!limit}>${t.msg('Alle afstanden', { id: 'courses.search.any-distance' })}</option>
        ${[...new Set([...DISTANCES, ...(limit ? [limit] : [])])]
          .sort((a, b) => a - b)
          .map((km) => html`<option value=${km} ?selected=${limit === km}>${t.msg(str`Tot ${km} km`, { id: 'courses.search.up-km' })}</option>`)}
      </select>
    </div>
    <button type="submit">${t.msg('Zoeken', { id: 'courses.search.search' })}</button>
  </form>`;
}

/** Under the form: what is said about the place asked for (`onSuggest` searches for a place we offer), or that a distance needs one. */
export function placeLine(t: Localize, place: Place | undefined, maxDistance: number, onSuggest: (name: string) => void): unknown {
  if (place?.origin || place?.problem) return place.notes.placeNote(t, place.origin, place.problem, onSuggest);
  return maxDistance ? html`<p class="muted">${t.msg('Vul je postcode in om op afstand te zoeken.', { id: 'courses.search.enter-your-postcode-search' })}</p>` : nothing;
}
