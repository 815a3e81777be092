import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { CourseResult, CourseSort } from '../search/filter.js';
import type { FinderState } from '../state.js';
import { activeFilterCount } from './filter-panel.js';
import type { Localize } from '@digivaardig/core';

/** The live region's words: how many courses fit, and in which order. */
export function countText(t: Localize, count: number, sort: CourseSort): string {
  const order = sort === 'distance' ? t.msg('dichtstbij eerst', { id: 'courses.results.nearest-first' }) : t.msg('eerstvolgende eerst', { id: 'courses.results.soonest-first' });
  if (count === 0) return t.msg('Geen cursussen gevonden.', { id: 'courses.results.no-courses-found' });
  return t.plural(count, {
    one: () => t.msg(str`1 cursus gevonden, ${order}.`, { id: 'courses.results.found.one' }),
    other: () => t.msg(str`${count} cursussen gevonden, ${order}.`, { id: 'courses.results.found.other' }),
  });
}

/**
 * Above the list: the count (a polite live region, focused after "Wis filters" and a
 * followed link), the choice of order once a place is known, and "Wis filters" while
 * anything is on.
 */
export function resultBar(t: Localize, count: string, state: FinderState, sortChoice: unknown, onClear: () => void): TemplateResult {
  return html`<div class="result-bar">
    <p class="count" part="count" role="status" tabindex="-1">${count}</p>
    ${sortChoice}
    ${activeFilterCount(state) || state.query || state.maxDistance
      ? html`<button type="button" class="secondary" @click=${onClear}>${t.msg('Wis filters', { id: 'courses.results.clear-filters' })}</button>`
      : nothing}
  </div>`;
}

/** The courses on show (each in an item named by its id, for focus after "Toon meer"), and "Toon meer". */
export function courseList(t: Localize, shown: readonly CourseResult[], left: number, card: (result: CourseResult) => unknown, onMore: () => void): TemplateResult {
  return html`<ul class="list" part="list">
      ${shown.map((result) => html`<li data-course=${result.prepared.course.id}>${card(result)}</li>`)}
    </ul>
    ${left > 0
      ? html`<button type="button" class="more secondary" part="more" @click=${onMore}>${t.msg(str`Toon meer (nog ${left})`, { id: 'courses.results.show-more-left' })}</button>`
      : nothing}`;
}
