import type { Vocabulary } from './match.js';

/** The programme ids the course finder names in words (docs/data-formats.md). */
export type ProgrammeId = 'klik-en-tik' | 'digisterker' | 'digi-spreekuur' | 'tablet-cafe' | 'ido' | 'library';

/** Words a course list uses for its programme (`programme`); another name is kept as written. */
export const PROGRAMME_WORDS: Vocabulary<ProgrammeId> = {
  'klik-en-tik': ['klik en tik', 'klik & tik', 'klik&tik', 'kliktik', 'klik tik', 'klik-en-tik cursus'],
  digisterker: ['digisterker', 'digi sterker', 'digisterker cursus', 'cursus digisterker'],
  'digi-spreekuur': ['digi-spreekuur', 'digispreekuur', 'digitaal spreekuur', 'digi spreekuur', 'digital help desk'],
  'tablet-cafe': ['tabletcafé', 'tablet café', 'tablet cafe', 'tabletcafe', 'ipad café', 'ipad cafe'],
  ido: ['ido', 'informatiepunt digitale overheid', 'informatiepunt', 'digital government information point'],
  library: ['bibliotheek', 'bieb', 'de bibliotheek', 'cursus van de bibliotheek', 'library', 'library course'],
};
