import type { Vocabulary } from './match.js';

/** The organisations an IDO helps with, by the ids feeds use (docs/data-formats.md). */
export type ServiceId = 'belastingdienst' | 'toeslagen' | 'digid' | 'uwv' | 'svb' | 'duo' | 'cak' | 'cbr' | 'cjib' | 'ciz';

/** Words a location list uses for its services (`services`); other words are kept as written. */
export const SERVICE_WORDS: Vocabulary<ServiceId> = {
  belastingdienst: ['belastingen', 'belasting', 'belastingaangifte', 'aangifte', 'inkomstenbelasting', 'tax', 'taxes', 'tax office'],
  toeslagen: ['toeslag', 'zorgtoeslag', 'huurtoeslag', 'kinderopvangtoeslag', 'kindgebonden budget', 'dienst toeslagen', 'benefits', 'allowances'],
  digid: ['digi d', 'digid aanvragen', 'digid app'],
  uwv: ['werkloosheid', 'ww', 'wia', 'werk.nl', 'werkzoeken'],
  svb: ['sociale verzekeringsbank', 'aow', 'kinderbijslag', 'pensioen', 'pension', 'child benefit'],
  duo: ['dienst uitvoering onderwijs', 'studiefinanciering', 'studieschuld', 'student finance'],
  cak: ['eigen bijdrage', 'centraal administratie kantoor'],
  cbr: ['centraal bureau rijvaardigheidsbewijzen', 'rijbewijs', 'gezondheidsverklaring', 'driving licence'],
  cjib: ['centraal justitieel incassobureau', 'boete', 'boetes', 'verkeersboete', 'fines', 'fine'],
  ciz: ['centrum indicatiestelling zorg', 'indicatie', 'wlz', 'wet langdurige zorg'],
};
