import { pickLocale, type InLocales, type Locale } from '@digivaardig/core';
import type { CourseFormat, CourseLevel } from './types.js';

/*
 * Domain words from the data, in both languages. They are records, not msg() strings,
 * because the search matches them in either language whatever the widget speaks.
 */
type Words = InLocales<string>;

export const FORMAT_LABELS: Readonly<Record<CourseFormat, Words>> = {
  group: { nl: 'Cursus in een groep', en: 'Group course' },
  individual: { nl: 'Persoonlijke hulp', en: 'One-to-one help' },
  'walk-in': { nl: 'Inloop', en: 'Walk-in' },
  online: { nl: 'Online', en: 'Online' },
};

export const LEVEL_LABELS: Readonly<Record<CourseLevel, Words>> = {
  beginner: { nl: 'Voor beginners', en: 'For beginners' },
  intermediate: { nl: 'Voor wie al wat kan', en: 'Intermediate' },
  advanced: { nl: 'Voor gevorderden', en: 'Advanced' },
};

/** Well-known programmes; a feed may name its own, which is shown as written. */
export const PROGRAMME_LABELS: Readonly<Record<string, Words>> = {
  'klik-en-tik': { nl: 'Klik & Tik', en: 'Klik & Tik' },
  digisterker: { nl: 'Digisterker', en: 'Digisterker' },
  'digi-spreekuur': { nl: 'Digi-spreekuur', en: 'Digital help desk' },
  'tablet-cafe': { nl: 'Tablet café', en: 'Tablet café' },
  ido: { nl: 'Informatiepunt Digitale Overheid', en: 'Digital Government Information Point' },
  library: { nl: 'Cursus van de bibliotheek', en: 'Library course' },
};

export function programmeLabel(programme: string, locale: Locale): string {
  const key = programme.trim().toLowerCase();
  return Object.hasOwn(PROGRAMME_LABELS, key) ? pickLocale(PROGRAMME_LABELS[key]!, locale) : programme;
}

/** The programme ids the finder names in words (for controls and docs). */
export const PROGRAMME_IDS = Object.keys(PROGRAMME_LABELS);
