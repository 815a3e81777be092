import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { FinderState } from '../state.js';
import type { FilterContext, FilterGroups } from './filter-groups.js';
import type { Localize } from '@digivaardig/core';

export type { FilterChoices, FilterContext, FilterGroups, ListKey } from './filter-groups.js';

/** How many filters are on, for the filter button ("Filters (2)"). */
export function activeFilterCount(state: FinderState): number {
  return state.topics.length + state.programmes.length + state.formats.length + state.days.length + state.times.length + (state.free ? 1 : 0);
}

/**
 * The filters: a disclosure that looks like a button and says how many are on, and below
 * it the filters that are on as chips, each a button that takes its filter away (so a
 * topic chosen in the self-check shows while the panel is closed). Its checkboxes (filter-groups.ts)
 * and the chips are fetched when it is first opened or a filter is on, so the first list
 * comes with less code.
 */
export function filterPanel(
  context: FilterContext,
  open: boolean,
  onOpen: (open: boolean) => void,
  groups: FilterGroups | undefined,
): TemplateResult {
  const t = context.t;
  const count = activeFilterCount(context.state);
  return html`<details class="filters" part="filters" ?open=${open}
    @toggle=${(event: Event) => onOpen((event.target as HTMLDetailsElement).open)}>
    <summary>${count ? t.msg(str`Filters (${count})`, { id: 'courses.filters.filters' }) : t.msg('Filters', { id: 'courses.filters.filters-2' })}</summary>
    ${open && groups ? groups.filterGroups(context) : nothing}
  </details>
  ${count && groups ? groups.filterChips(context) : nothing}`;
}
