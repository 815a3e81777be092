import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { topicLabel, WEEKDAYS, type Locale, type Weekday } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import { PARTS_OF_DAY, type PartOfDay } from '../search/choices.js';
import type { FinderState } from '../url-state.js';
import type { CourseFormat } from '../types.js';

/** The choices the loaded courses offer (a filter for a topic no course has helps no one). */
export interface FilterChoices {
  readonly topics: readonly string[];
  readonly programmes: readonly string[];
  readonly formats: readonly CourseFormat[];
  readonly anyFree: boolean;
}

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

/** How many filters are on, for the summary ("Filters (2 aan)"). */
export function activeFilterCount(state: FinderState): number {
  return state.topics.length + state.programmes.length + state.formats.length + state.days.length + state.times.length + (state.free ? 1 : 0);
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

/** The filters: native checkboxes in fieldsets, inside a disclosure that says how many are on. */
export function filterPanel(context: FilterContext, open: boolean, onOpen: (open: boolean) => void): TemplateResult {
  const { locale, choices, state } = context;
  const count = activeFilterCount(state);
  return html`<details class="filters" part="filters" ?open=${open}
    @toggle=${(event: Event) => onOpen((event.target as HTMLDetailsElement).open)}>
    <summary>${count ? msg(str`Filters (${count} aan)`) : msg('Filters')}</summary>
    <div class="filter-groups">
      ${group(msg('Onderwerp'), 'topics', choices.topics.map((value) => ({ value, label: topicLabel(value, locale) })), context)}
      ${group(msg('Soort'), 'formats', choices.formats.map((value) => ({ value, label: FORMAT_LABELS[value][locale] })), context)}
      ${group(msg('Programma'), 'programmes', choices.programmes.map((value) => ({ value, label: programmeLabel(value, locale) })), context)}
      ${group(msg('Dag'), 'days', WEEKDAYS.map((value) => ({ value, label: weekdayName(value) })), context)}
      ${group(msg('Tijd van de dag'), 'times', PARTS_OF_DAY.map((value) => ({ value, label: partOfDayName(value) })), context)}
      ${choices.anyFree
        ? html`<fieldset part="filter-group">
            <legend>${msg('Prijs')}</legend>
            <label class="check">
              <input type="checkbox" .checked=${state.free} @change=${(event: Event) => context.onFree((event.target as HTMLInputElement).checked)} />
              <span>${msg('Alleen gratis cursussen')}</span>
            </label>
          </fieldset>`
        : nothing}
    </div>
  </details>`;
}
