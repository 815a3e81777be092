import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FinderState } from '../state.js';
import type { FilterContext, FilterGroups, ListKey } from './filter-groups.js';
import { activeFilters } from './filter-labels.js';

export type { FilterChoices, FilterContext, FilterGroups, ListKey } from './filter-groups.js';

/** How many filters are on, for the filter button ("Filters (2)"). */
export function activeFilterCount(state: FinderState): number {
  return state.topics.length + state.programmes.length + state.formats.length + state.days.length + state.times.length + (state.free ? 1 : 0);
}

/**
 * The filters: a disclosure that looks like a button and says how many are on, and below
 * it the filters that are on as chips, each a button that takes its filter away (so a
 * topic chosen in the self-check shows while the panel is closed). Its checkboxes (filter-groups.ts)
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
    <summary>${count ? msg(str`Filters (${count})`) : msg('Filters')}</summary>
    ${open && groups ? groups.filterGroups(context) : nothing}
  </details>
  ${count ? chips(context) : nothing}`;
}

function chips(context: FilterContext): TemplateResult {
  return html`<ul class="chips" aria-label=${msg('Filters die aan staan')}>
    ${activeFilters(context.state, context.locale).map(
      ({ key, value, label }) => html`<li>
        <button type="button" class="chip" aria-label=${msg(str`${label}, filter weghalen`)}
          @click=${() => (key === 'free' ? context.onFree(false) : context.onToggle(key as ListKey, value, false))}>
          <span>${label}</span><span class="chip-x" aria-hidden="true">×</span>
        </button>
      </li>`,
    )}
  </ul>`;
}
