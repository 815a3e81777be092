import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FinderState } from '../state.js';
import type { FilterContext, FilterGroups } from './filter-groups.js';

export type { FilterChoices, FilterContext, FilterGroups, ListKey } from './filter-groups.js';

/** How many filters are on, for the summary ("Filters (2 aan)"). */
export function activeFilterCount(state: FinderState): number {
  return state.topics.length + state.programmes.length + state.formats.length + state.days.length + state.times.length + (state.free ? 1 : 0);
}

/**
 * The filters: a disclosure that says how many are on. Its checkboxes (filter-groups.ts)
 * are fetched when it is first opened, so the first list comes with less code.
 */
export function filterPanel(
  context: FilterContext,
  open: boolean,
  onOpen: (open: boolean) => void,
  groups: FilterGroups | undefined,
): TemplateResult {
  const count = activeFilterCount(context.state);
  return html`<details class="filters" part="filters" ?open=${open}
    @toggle=${(event: Event) => onOpen((event.target as HTMLDetailsElement).open)}>
    <summary>${count ? msg(str`Filters (${count} aan)`) : msg('Filters')}</summary>
    ${open && groups ? groups.filterGroups(context) : nothing}
  </details>`;
}
