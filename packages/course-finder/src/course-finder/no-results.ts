import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { FinderState } from '../state.js';
import { activeFilterCount } from './filter-panel.js';
import type { Localize } from '@digivaardig/core';

/*
 * What to loosen when no course fits, fetched the first time nothing does, so the first
 * list comes with less code.
 */

export interface NoResultsActions {
  readonly change: (patch: Partial<FinderState>) => void;
  readonly clearFilters: () => void;
}

/** No course fits: say what to loosen, each as a button that does it. */
export function noResults(t: Localize, state: FinderState, distances: readonly number[], actions: NoResultsActions): TemplateResult {
  const wider = state.maxDistance ? distances.find((km) => km > state.maxDistance) : undefined;
  const widen = wider ? t.msg(str`Zoek verder weg (tot ${wider} km)`, { id: 'courses.none.search-further-away-up' }) : t.msg('Zoek op alle afstanden', { id: 'courses.none.search-any-distance' });
  return html`<div class="no-results">
    <p>${t.msg('Probeer het zo:', { id: 'courses.none.try' })}</p>
    <ul class="suggestions">
      ${state.maxDistance ? suggestion(widen, () => actions.change({ maxDistance: wider ?? 0 })) : nothing}
      ${state.query ? suggestion(t.msg('Wis je zoekwoorden', { id: 'courses.none.clear-your-search-words' }), () => actions.change({ query: '' })) : nothing}
      ${activeFilterCount(state) ? suggestion(t.msg('Zet alle filters uit', { id: 'courses.none.turn-all-filters-off' }), actions.clearFilters) : nothing}
      <li>${t.msg('Vraag in de bibliotheek naar hulp. Daar weten ze wat er in de buurt is.', { id: 'courses.none.ask-help-library-they' })}</li>
    </ul>
  </div>`;
}

function suggestion(label: string, action: () => void): TemplateResult {
  return html`<li><button type="button" class="secondary" @click=${action}>${label}</button></li>`;
}

/** Styles of the suggestions, adopted by the finder when they arrive. */
export const noResultStyles = css`
  .no-results {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .suggestions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    align-items: flex-start;
  }
`;

export type NoResultsModule = typeof import('./no-results.js');
