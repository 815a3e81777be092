import type { Vocabulary } from './match.js';

/** How a course is given: a group, one-to-one help, a walk-in hour, or online. */
export type FormatId = 'group' | 'individual' | 'walk-in' | 'online';

/** Words a course list uses for its format (`format`). */
export const FORMAT_WORDS: Vocabulary<FormatId> = {
  group: [
    'groep', 'in een groep', 'groepscursus', 'groepsles', 'cursus in een groep', 'cursus', 'cursussen', 'les',
    'lessen', 'workshop', 'training', 'klas', 'bijeenkomst', 'bijeenkomsten', 'group', 'group course', 'course', 'class',
  ],
  individual: [
    'individueel', '1-op-1', '1 op 1', 'een op een', 'één-op-één', 'een-op-een', '1:1', 'persoonlijk',
    'persoonlijke hulp', 'op afspraak', 'afspraak', 'individual', 'one-to-one', 'one to one', 'personal',
    'by appointment',
  ],
  'walk-in': [
    'inloop', 'vrije inloop', 'inloopspreekuur', 'inloopuur', 'spreekuur', 'walk-in', 'walk in', 'drop-in',
    'drop in', 'zonder afspraak', 'help desk', 'helpdesk',
  ],
  online: ['online', 'op afstand', 'via internet', 'webinar', 'digitaal', 'thuis', 'remote', 'video meeting'],
};
