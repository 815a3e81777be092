import { pickLocale } from '@digivaardig/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { topicLabel, WEEKDAYS, type Locale, type Topic, type Weekday } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import { PARTS_OF_DAY, type PartOfDay } from '../search/choices.js';
import type { CourseFormat } from '../types.js';
import type { FilterChoices } from '../data/course-data.js';
import { choiceStyles } from './choice-styles.js';
import type { FinderState } from '../state.js';
import type { Localize } from '@digivaardig/core';

/*
 * The checkboxes of the filter panel and the chips of the filters that are on, fetched when
 * the visitor first opens the panel or a filter is on (see filter-panel.ts).
 */

export type { FilterChoices };

export type ListKey = 'topics' | 'programmes' | 'formats' | 'days' | 'times';

export interface FilterContext {
  /** The finder's words and language. */
  readonly t: Localize;
  readonly state: FinderState;
  readonly choices: FilterChoices;
  readonly onToggle: (key: ListKey, value: string, on: boolean) => void;
  readonly onFree: (on: boolean) => void;
}

/** How many topics the filter panel shows before "Meer onderwerpen". */
export const FIRST_TOPICS = 8;

export function weekdayName(t: Localize, day: Weekday): string {
  switch (day) {
    case 'mo': return t.msg('maandag', { id: 'courses.filters.monday' });
    case 'tu': return t.msg('dinsdag', { id: 'courses.filters.tuesday' });
    case 'we': return t.msg('woensdag', { id: 'courses.filters.wednesday' });
    case 'th': return t.msg('donderdag', { id: 'courses.filters.thursday' });
    case 'fr': return t.msg('vrijdag', { id: 'courses.filters.friday' });
    case 'sa': return t.msg('zaterdag', { id: 'courses.filters.saturday' });
    default: return t.msg('zondag', { id: 'courses.filters.sunday' });
  }
}

export function partOfDayName(t: Localize, part: PartOfDay): string {
  if (part === 'morning') return t.msg('ochtend (voor 12.00 uur)', { id: 'courses.filters.morning-before-12-00' });
  if (part === 'afternoon') return t.msg('middag (12.00 tot 17.00 uur)', { id: 'courses.filters.afternoon-12-00-17' });
  return t.msg('avond (vanaf 17.00 uur)', { id: 'courses.filters.evening-from-17-00' });
}

/** One filter that is on, in words, for a chip. */
export interface ActiveFilter {
  readonly key: 'topics' | 'programmes' | 'formats' | 'days' | 'times' | 'free';
  readonly value: string;
  readonly label: string;
}

/** The filters that are on, in the panel's order. */
export function activeFilters(state: FinderState, t: Localize): ActiveFilter[] {
  const locale = t.locale;
  return [
    ...state.topics.map((value) => ({ key: 'topics' as const, value, label: topicLabel(value, locale) })),
    ...state.formats.map((value: CourseFormat) => ({ key: 'formats' as const, value, label: pickLocale(FORMAT_LABELS[value], locale) })),
    ...state.programmes.map((value) => ({ key: 'programmes' as const, value, label: programmeLabel(value, locale) })),
    ...state.days.map((value) => ({ key: 'days' as const, value, label: weekdayName(t, value) })),
    ...state.times.map((value) => ({ key: 'times' as const, value, label: partOfDayName(t, value) })),
    ...(state.free ? [{ key: 'free' as const, value: '1', label: t.msg('Alleen gratis cursussen', { id: 'courses.filters.free-courses-only' }) }] : []),
  ];
}

/** The filters that are on, as chips: each a button that takes its filter off. */
export function filterChips(context: FilterContext): TemplateResult {
  const t = context.t;
  return html`<ul class="chips" aria-label=${t.msg('Filters die aan staan', { id: 'courses.filters.filters-that-are' })}>
    ${activeFilters(context.state, t).map(
      ({ key, value, label }) => html`<li>
        <button type="button" class="chip" aria-label=${t.msg(str`${label}, filter weghalen`, { id: 'courses.filters.remove-filter' })}
          @click=${() => (key === 'free' ? context.onFree(false) : context.onToggle(key, value, false))}>
          <span>${label}</span><span class="chip-x" aria-hidden="true">×</span>
        </button>
      </li>`,
    )}
  </ul>`;
}

type Option = { value: string; label: string };

function group(legend: string, key: ListKey, [options, more]: readonly [readonly Option[], readonly Option[]], context: FilterContext): TemplateResult | typeof nothing {
  const t = context.t;
  if (options.length === 0) return nothing;
  const selected = context.state[key] as readonly string[];
  const check = ({ value, label }: Option) => html`<label class="check">
    <input type="checkbox" .checked=${selected.includes(value)} value=${value}
      @change=${(event: Event) => context.onToggle(key, value, (event.target as HTMLInputElement).checked)} />
    <span>${label}</span>
  </label>`;
  return html`<fieldset part="filter-group">
    <legend>${legend}</legend>
    ${options.map(check)}
    ${more.length
      ? html`<details class="more-topics" ?open=${more.some(({ value }) => selected.includes(value))}>
          <summary>${t.msg('Meer onderwerpen', { id: 'courses.filters.more-topics' })}</summary>
          ${more.map(check)}
        </details>`
      : nothing}
  </fieldset>`;
}

/** The topics: at most FIRST_TOPICS at first (the chosen ones always), the rest behind "Meer onderwerpen". */
function topicOptions(topics: readonly Topic[], context: FilterContext): [Option[], Option[]] {
  const options = topics.map((value) => ({ value, label: topicLabel(value, context.t.locale) }));
  if (options.length <= FIRST_TOPICS + 1) return [options, []];
  return [options.slice(0, FIRST_TOPICS), options.slice(FIRST_TOPICS)];
}


/** The filter groups: native checkboxes in fieldsets. */
export function filterGroups(context: FilterContext): TemplateResult {
  const t = context.t;
  const { choices, state } = context;
  const locale = t.locale;
  return html`<div class="filter-groups">
    ${group(t.msg('Onderwerp', { id: 'courses.filters.topic' }), 'topics', topicOptions(choices.topics as readonly Topic[], context), context)}
    ${group(t.msg('Soort', { id: 'courses.filters.kind' }), 'formats', [choices.formats.map((value) => ({ value, label: pickLocale(FORMAT_LABELS[value], locale) })), []], context)}
    ${group(t.msg('Programma', { id: 'courses.filters.programme' }), 'programmes', [choices.programmes.map((value) => ({ value, label: programmeLabel(value, locale) })), []], context)}
    ${group(t.msg('Dag', { id: 'courses.filters.day' }), 'days', [WEEKDAYS.map((value) => ({ value, label: weekdayName(t, value) })), []], context)}
    ${group(t.msg('Tijd van de dag', { id: 'courses.filters.time-day' }), 'times', [PARTS_OF_DAY.map((value) => ({ value, label: partOfDayName(t, value) })), []], context)}
    ${choices.anyFree ? freeGroup(context) : nothing}
  </div>`;
}

function freeGroup(context: FilterContext): TemplateResult {
  const t = context.t;
  return html`<fieldset part="filter-group">
    <legend>${t.msg('Prijs', { id: 'courses.card.price' })}</legend>
    <label class="check">
      <input type="checkbox" .checked=${context.state.free} @change=${(event: Event) => context.onFree((event.target as HTMLInputElement).checked)} />
      <span>${t.msg('Alleen gratis cursussen', { id: 'courses.filters.free-courses-only' })}</span>
    </label>
  </fieldset>`;
}

/** Styles of the filter groups, adopted by the finder when they arrive. */
export const filterGroupStyles = css`
  ${choiceStyles}
  /* Closed, its checkboxes take no room at all (Chrome still lays out a closed details' content). */
  .more-topics:not([open]) > label {
    display: none;
  }
  .more-topics summary {
    display: flex;
    align-items: center;
    min-height: 2.75em;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .chips {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  button.chip {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.25em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
  }
  .chip-x {
    font-size: 1.25em;
    line-height: 1;
    color: var(--_primary);
  }
  @media (forced-colors: active) {
    .chip {
      border: 2px solid CanvasText;
    }
  }
  .filter-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: var(--_space);
    padding: 0 var(--_space) var(--_space);
  }
`;

export type FilterGroups = typeof import('./filter-groups.js');

/**
 * A topic asked for by a link or an attribute (a self-check's advice) that the feed has no
 * course on: said calmly above the list, which then shows the other courses (near the
 * visitor when they gave a place), so the visitor knows why the topic is not among them.
 */
export function missingTopicsNote(t: Localize, topics: readonly string[]): TemplateResult {
  const names = topics.map((topic) => topicLabel(topic, t.locale)).join(', ');
  return html`<p class="status topic-note" part="topic-note">
    ${t.msg(str`Over ${names} zijn er nu geen cursussen. Hieronder zie je andere cursussen.`, { id: 'courses.filters.topic-missing' })}
  </p>`;
}
