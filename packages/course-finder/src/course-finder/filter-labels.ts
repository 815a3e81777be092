import { msg } from '@lit/localize';
import { topicLabel, type Locale, type Weekday } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import type { PartOfDay } from '../search/choices.js';
import type { FinderState } from '../state.js';
import type { CourseFormat } from '../types.js';

/** How many topics the filter panel shows before "Meer onderwerpen". */
export const FIRST_TOPICS = 8;

export function weekdayName(day: Weekday): string {
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

export function partOfDayName(part: PartOfDay): string {
  if (part === 'morning') return msg('ochtend (voor 12.00 uur)');
  if (part === 'afternoon') return msg('middag (12.00 tot 17.00 uur)');
  return msg('avond (vanaf 17.00 uur)');
}

/** One filter that is on, in words, for a chip. */
export interface ActiveFilter {
  readonly key: 'topics' | 'programmes' | 'formats' | 'days' | 'times' | 'free';
  readonly value: string;
  readonly label: string;
}

/** The filters that are on, in the panel's order. */
export function activeFilters(state: FinderState, locale: Locale): ActiveFilter[] {
  return [
    ...state.topics.map((value) => ({ key: 'topics' as const, value, label: topicLabel(value, locale) })),
    ...state.formats.map((value: CourseFormat) => ({ key: 'formats' as const, value, label: FORMAT_LABELS[value][locale] })),
    ...state.programmes.map((value) => ({ key: 'programmes' as const, value, label: programmeLabel(value, locale) })),
    ...state.days.map((value) => ({ key: 'days' as const, value, label: weekdayName(value) })),
    ...state.times.map((value) => ({ key: 'times' as const, value, label: partOfDayName(value) })),
    ...(state.free ? [{ key: 'free' as const, value: '1', label: msg('Alleen gratis cursussen') }] : []),
  ];
}
