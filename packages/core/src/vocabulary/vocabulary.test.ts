import { describe, expect, it } from 'vitest';
import { TOPICS } from '../self-check/topics.js';
import { FORMAT_WORDS } from './format.js';
import { LEVEL_WORDS } from './level.js';
import { indexVocabulary, matchWord, matchWords, wordKey } from './match.js';
import { PROGRAMME_WORDS } from './programme.js';
import { SERVICE_WORDS } from './services.js';
import { TOPIC_WORDS } from './topics.js';

const topics = indexVocabulary(TOPIC_WORDS);
const levels = indexVocabulary(LEVEL_WORDS);
const programmes = indexVocabulary(PROGRAMME_WORDS);
const formats = indexVocabulary(FORMAT_WORDS);
const services = indexVocabulary(SERVICE_WORDS);

describe('wordKey', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(wordKey('Tabletcafé')).toBe('tabletcafe');
    expect(wordKey('tablet café')).toBe('tabletcafe');
    expect(wordKey(' Tablet-Cafe ')).toBe('tabletcafe');
    expect(wordKey("Foto's")).toBe('fotos');
    expect(wordKey('E-mail')).toBe(wordKey('email'));
    expect(wordKey('één-op-één')).toBe('eenopeen');
  });
});

describe('topic words (every word of issue #10)', () => {
  it.each([
    ['computer', 'basic-skills'],
    ['pc', 'basic-skills'],
    ['PC', 'basic-skills'],
    ['laptop', 'basic-skills'],
    ['internet', 'basic-skills'],
    ['tablet', 'basic-skills'],
    ['iPad', 'basic-skills'],
    ["iPad's", 'basic-skills'],
    ['DigiD', 'e-government'],
    ['overheid', 'e-government'],
    ['belastingen', 'e-government'],
    ['toeslagen', 'e-government'],
    ['WhatsApp', 'communication'],
    ['e-mail', 'communication'],
    ['Email', 'communication'],
    ['smartphone', 'smartphone'],
    ['smartphones', 'smartphone'],
    ['telefoon', 'smartphone'],
    ['mobiel', 'smartphone'],
    ['veilig', 'safety'],
    ['oplichting', 'safety'],
    ['phishing', 'safety'],
    ['bankieren', 'safety'],
    ["foto's", 'creative'],
    ['fotos', 'creative'],
    ['AI', 'ai'],
    ['A.I.', 'ai'],
    ['ChatGPT', 'ai'],
    ['Veilig online', 'safety'],
    ['Staying safe online', 'safety'],
  ])('%s → %s', (word, id) => {
    expect(matchWord(word, topics)).toBe(id);
  });

  it('accepts every topic id as itself', () => {
    for (const id of TOPICS) expect(matchWord(id, topics)).toBe(id);
    expect(matchWord('E-Government', topics)).toBe('e-government');
    expect(matchWord('basic skills', topics)).toBe('basic-skills');
  });
});

describe('level, programme and format words', () => {
  it.each([
    ['beginner', 'beginner'],
    ['Beginners', 'beginner'],
    ['gevorderd', 'advanced'],
    ['Gevorderden', 'advanced'],
    ['halfgevorderd', 'intermediate'],
    ['alle niveaus', 'all'],
    ['Alle niveaus', 'all'],
    ['all', 'all'],
    ['iedereen', 'all'],
  ])('level %s → %s', (word, id) => {
    expect(matchWord(word, levels)).toBe(id);
  });

  it.each([
    ['Klik en Tik', 'klik-en-tik'],
    ['Klik & Tik', 'klik-en-tik'],
    ['klik-en-tik', 'klik-en-tik'],
    ['DigiSterker', 'digisterker'],
    ['Digisterker', 'digisterker'],
    ['Tabletcafé', 'tablet-cafe'],
    ['Tablet café', 'tablet-cafe'],
    ['tablet-cafe', 'tablet-cafe'],
    ['Digi-spreekuur', 'digi-spreekuur'],
    ['Informatiepunt Digitale Overheid', 'ido'],
    ['IDO', 'ido'],
    ['bibliotheek', 'library'],
  ])('programme %s → %s', (word, id) => {
    expect(matchWord(word, programmes)).toBe(id);
  });

  it.each([
    ['inloop', 'walk-in'],
    ['Inloop', 'walk-in'],
    ['spreekuur', 'walk-in'],
    ['walk in', 'walk-in'],
    ['cursus', 'group'],
    ['groep', 'group'],
    ['Groepen', 'group'],
    ['individueel', 'individual'],
    ['1-op-1', 'individual'],
    ['1 op 1', 'individual'],
    ['één op één', 'individual'],
    ['online', 'online'],
    ['Online', 'online'],
  ])('format %s → %s', (word, id) => {
    expect(matchWord(word, formats)).toBe(id);
  });
});

describe('service words', () => {
  it.each([
    ['DigiD', 'digid'],
    ['belastingen', 'belastingdienst'],
    ['Belastingdienst', 'belastingdienst'],
    ['toeslagen', 'toeslagen'],
    ['Zorgtoeslag', 'toeslagen'],
    ['AOW', 'svb'],
    ['UWV', 'uwv'],
    ['studiefinanciering', 'duo'],
  ])('%s → %s', (word, id) => {
    expect(matchWord(word, services)).toBe(id);
  });
});

describe('matchWords', () => {
  it('splits a cell on ; , / and keeps each id once, in order', () => {
    expect(matchWords('computer;internet', topics)).toEqual({ ids: ['basic-skills'], unknown: [] });
    expect(matchWords('digid, overheid', topics)).toEqual({ ids: ['e-government'], unknown: [] });
    expect(matchWords('WhatsApp / veilig', topics)).toEqual({ ids: ['communication', 'safety'], unknown: [] });
    expect(matchWords(['computer', 'AI'], topics)).toEqual({ ids: ['basic-skills', 'ai'], unknown: [] });
  });

  it('splits on " en " and "&" only when every part is known', () => {
    expect(matchWords('DigiD en toeslagen', services)).toEqual({ ids: ['digid', 'toeslagen'], unknown: [] });
    expect(matchWords('smartphone & veilig', topics)).toEqual({ ids: ['smartphone', 'safety'], unknown: [] });
    expect(matchWords('Klik en Tik', programmes)).toEqual({ ids: ['klik-en-tik'], unknown: [] });
    expect(matchWords('Breien en haken', topics)).toEqual({ ids: [], unknown: ['Breien en haken'] });
  });

  it('returns unknown words as written, for own tags', () => {
    expect(matchWords('computer; Stamboomonderzoek ; ', topics)).toEqual({ ids: ['basic-skills'], unknown: ['Stamboomonderzoek'] });
    expect(matchWords('Hulp bij formulieren', services)).toEqual({ ids: [], unknown: ['Hulp bij formulieren'] });
  });

  it('does not guess: no fuzzy matching', () => {
    expect(matchWord('compter', topics)).toBeUndefined();
    expect(matchWord('intern', topics)).toBeUndefined();
    expect(matchWord('', topics)).toBeUndefined();
    expect(matchWords(undefined, topics)).toEqual({ ids: [], unknown: [] });
    expect(matchWords({ a: 1 }, topics)).toEqual({ ids: [], unknown: [] });
  });

  it('has no word that means two ids in one vocabulary', () => {
    for (const vocabulary of [TOPIC_WORDS, LEVEL_WORDS, PROGRAMME_WORDS, FORMAT_WORDS, SERVICE_WORDS]) {
      const seen = new Map<string, string>();
      for (const [id, words] of Object.entries(vocabulary)) {
        for (const word of [id, ...words]) {
          const key = wordKey(word);
          if (seen.has(key)) expect(seen.get(key), `${word}`).toBe(id);
          seen.set(key, id);
        }
      }
    }
  });
});

describe('matchWords on repeated cells', () => {
  const index = indexVocabulary(FORMAT_WORDS);

  it('gives the same answer, in lists of its own, each time a cell comes again', () => {
    const first = matchWords('inloop; Tabletcafé', index);
    const again = matchWords('inloop; Tabletcafé', index);
    expect(again).toEqual(first);
    expect(again.ids).not.toBe(first.ids);
    expect(again.unknown).not.toBe(first.unknown);
    first.ids.push('online');
    first.unknown.push('x');
    expect(matchWords('inloop; Tabletcafé', index)).toEqual(again);
  });

  it('reads a list of cells as the same words in one cell', () => {
    expect(matchWords(['inloop', 'online'], index)).toEqual(matchWords('inloop;online', index));
  });
});
