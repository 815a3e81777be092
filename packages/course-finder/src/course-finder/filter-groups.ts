import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { topicLabel, WEEKDAYS, type Locale, type Weekday } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import { PARTS_OF_DAY, type PartOfDay } from '../search/choices.js';
import type { FilterChoices } from '../data/course-data.js';
import { choiceStyles } from './choice-styles.js';
import type { FinderState } from '../state.js';

/*
 * The checkboxes of the filter panel, fetched when the visitor first opens it (see
 * filter-panel.ts).
 */

export type { FilterChoices };

export type ListKey = 'topics' | 'programmes' | 'formats' | 'days' | 'times';

export interface FilterContext {
  readonly locale: Locale;
  readonly state: FinderState;
  readonly choices: FilterChoices;
  readonly onToggle: (key: ListKey, value: string, on: boolean) => void;
  readonly onFree: (on: boolean) => void;
}

function weekdayName(day: Weekday): string {
  switch (day) {
    case 'mo': return msg('maandag');
    case 'tu': return msg('dinsdag');
    case 'we': return msg('woensdag');
    case 'th': return msg('donderdag');
    case 'fr': return msg('vrijdag');
    case 'sa': return msg('zaterdag');
    default: return msg('zondag');
  }
}

function partOfDayName(part: PartOfDay): string {
  if (part === 'morning') return msg('ochtend (voor 12.00 uur)');
  if (part === 'afternoon') return msg('middag (12.00 tot 17.00 uur)');
  return msg('avond (vanaf 17.00 uur)');
}

function group(legend: string, key: ListKey, options: readonly { value: string; label: string }[], context: FilterContext): TemplateResult | typeof nothing {
  if (options.length === 0) return nothing;
  const selected = context.state[key] as readonly string[];
  return html`<fieldset part="filter-group">
    <legend>${legend}</legend>
    ${options.map(
      ({ value, label }) => html`<label class="check">
        <input type="checkbox" .checked=${selected.includes(value)} value=${value}
          @change=${(event: Event) => context.onToggle(key, value, (event.target as HTMLInputElement).checked)} />
        <span>${label}</span>
      </label>`,
    )}
  </fieldset>`;
}


/** The filter groups: native checkboxes in fieldsets. */
export function filterGroups(context: FilterContext): TemplateResult {
  const { locale, choices, state } = context;
  return html`<div class="filter-groups">
    ${group(msg('Onderwerp'), 'topics', choices.topics.map((value) => ({ value, label: topicLabel(value, locale) })), context)}
    ${group(msg('Soort'), 'formats', choices.formats.map((value) => ({ value, label: FORMAT_LABELS[value][locale] })), context)}
    ${group(msg('Programma'), 'programmes', choices.programmes.map((value) => ({ value, label: programmeLabel(value, locale) })), context)}
    ${group(msg('Dag'), 'days', WEEKDAYS.map((value) => ({ value, label: weekdayName(value) })), context)}
    ${group(msg('Tijd van de dag'), 'times', PARTS_OF_DAY.map((value) => ({ value, label: partOfDayName(value) })), context)}
    ${choices.anyFree ? freeGroup(context) : nothing}
  </div>`;
}

function freeGroup(context: FilterContext): TemplateResult {
  return html`<fieldset part="filter-group">
    <legend>${msg('Prijs')}</legend>
    <label class="check">
      <input type="checkbox" .checked=${context.state.free} @change=${(event: Event) => context.onFree((event.target as HTMLInputElement).checked)} />
      <span>${msg('Alleen gratis cursussen')}</span>
    </label>
  </fieldset>`;
}

/** Styles of the filter groups, adopted by the finder when they arrive. */
export const filterGroupStyles = css`
  ${choiceStyles}
  .filter-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: var(--_space);
    padding: 0 var(--_space) var(--_space);
  }
`;

export type FilterGroups = typeof import('./filter-groups.js');
