import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { topicLabel, WEEKDAYS, type Locale, type Topic } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import { PARTS_OF_DAY } from '../search/choices.js';
import { partOfDayName, weekdayName } from './filter-labels.js';
import type { FilterChoices } from '../data/course-data.js';
import { choiceStyles } from './choice-styles.js';
import { FIRST_TOPICS } from './filter-labels.js';
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

type Option = { value: string; label: string };

function group(legend: string, key: ListKey, [options, more]: readonly [readonly Option[], readonly Option[]], context: FilterContext): TemplateResult | typeof nothing {
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
          <summary>${msg('Meer onderwerpen')}</summary>
          ${more.map(check)}
        </details>`
      : nothing}
  </fieldset>`;
}

/** The topics: at most FIRST_TOPICS at first (the chosen ones always), the rest behind "Meer onderwerpen". */
function topicOptions(topics: readonly Topic[], context: FilterContext): [Option[], Option[]] {
  const options = topics.map((value) => ({ value, label: topicLabel(value, context.locale) }));
  if (options.length <= FIRST_TOPICS + 1) return [options, []];
  return [options.slice(0, FIRST_TOPICS), options.slice(FIRST_TOPICS)];
}


/** The filter groups: native checkboxes in fieldsets. */
export function filterGroups(context: FilterContext): TemplateResult {
  const { locale, choices, state } = context;
  return html`<div class="filter-groups">
    ${group(msg('Onderwerp'), 'topics', topicOptions(choices.topics as readonly Topic[], context), context)}
    ${group(msg('Soort'), 'formats', [choices.formats.map((value) => ({ value, label: FORMAT_LABELS[value][locale] })), []], context)}
    ${group(msg('Programma'), 'programmes', [choices.programmes.map((value) => ({ value, label: programmeLabel(value, locale) })), []], context)}
    ${group(msg('Dag'), 'days', [WEEKDAYS.map((value) => ({ value, label: weekdayName(value) })), []], context)}
    ${group(msg('Tijd van de dag'), 'times', [PARTS_OF_DAY.map((value) => ({ value, label: partOfDayName(value) })), []], context)}
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
  .filter-groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    gap: var(--_space);
    padding: 0 var(--_space) var(--_space);
  }
`;

export type FilterGroups = typeof import('./filter-groups.js');
