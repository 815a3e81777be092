import { describe, expect, it } from 'vitest';
import digiq from '../data/questions-digiq.json';
import slo from '../data/questions-slo.json';

/**
 * Content checks for the built-in self-check sets. The JSON Schema test lives in
 * @digivaardig/core (next to the schema); these check what a schema cannot: both
 * languages everywhere, plain short sentences, and help for every statement.
 */

interface Bilingual {
  nl: string;
  en: string;
}

type BuiltInSet = typeof digiq | typeof slo;

/** Every localized text in a set, with a readable path for failure messages. */
function texts(set: BuiltInSet): [string, unknown][] {
  const found: [string, unknown][] = [
    ['title', set.title],
    ['intro', set.intro],
  ];
  set.scale.forEach((option) => found.push([`scale ${option.id}`, option.label]));
  set.levels.forEach((level) => {
    found.push([`level ${level.id}`, level.label], [`level ${level.id} description`, level.description]);
  });
  for (const area of set.areas) {
    found.push([`${area.id} title`, area.title], [`${area.id} description`, area.description]);
    for (const key of ['low', 'mid', 'high'] as const) found.push([`${area.id} advice ${key}`, area.advice[key]]);
    area.links.forEach((link, i) => found.push([`${area.id} link ${i}`, link.title]));
    for (const question of area.questions) {
      found.push([`${question.id} text`, question.text], [`${question.id} help`, question.help]);
    }
  }
  return found;
}

function isBilingual(text: unknown): text is Bilingual {
  if (typeof text !== 'object' || text === null) return false;
  const { nl, en } = text as Partial<Bilingual>;
  return typeof nl === 'string' && nl.trim() !== '' && typeof en === 'string' && en.trim() !== '';
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '');
}

const SETS: [string, BuiltInSet][] = [
  ['digiq', digiq],
  ['slo', slo],
];

describe.each(SETS)('the built-in %s set', (framework, set) => {
  const questions = set.areas.flatMap((area) => area.questions);

  it('names its framework', () => {
    expect(set.framework).toBe(framework);
  });

  it('has every text in Dutch and English, and no HTML', () => {
    for (const [path, text] of texts(set)) {
      expect(isBilingual(text), `${path} needs nl and en`).toBe(true);
      const { nl, en } = text as Bilingual;
      expect(`${nl} ${en}`, `${path} is plain text`).not.toMatch(/[<>]/);
    }
  });

  it('has unique area ids and question ids unique across the whole set', () => {
    const areaIds = set.areas.map((area) => area.id);
    const questionIds = questions.map((question) => question.id);
    expect(new Set(areaIds).size).toBe(areaIds.length);
    expect(new Set(questionIds).size).toBe(questionIds.length);
  });

  it('writes every statement as "Ik kan …" / "I can …" (to fit the answers "Dat kan ik …"), with a help text', () => {
    for (const question of questions) {
      expect(question.text.nl, question.id).toMatch(/^Ik kan /);
      expect(question.text.en, question.id).toMatch(/^I can /);
      expect(question.help.nl.length, question.id).toBeGreaterThan(10);
    }
  });

  it('keeps Dutch sentences short (B1: at most 20 words)', () => {
    for (const [path, text] of texts(set)) {
      for (const sentence of sentences((text as Bilingual).nl)) {
        expect(sentence.split(/\s+/).length, `${path}: “${sentence}”`).toBeLessThanOrEqual(20);
      }
    }
  });

  it('uses the agreed answer scale: four answers that count and two that do not', () => {
    expect(set.scale.map((option) => [option.id, option.value, option.label.nl])).toEqual([
      ['cannot', 0, 'Dat kan ik niet'],
      ['with-help', 1, 'Dat kan ik met hulp'],
      ['on-my-own', 2, 'Dat kan ik zelf'],
      ['can-help-others', 3, 'Dat kan ik goed en ik kan anderen helpen'],
      ['dont-know', null, 'Weet ik niet'],
      ['dont-understand', null, 'Ik begrijp de vraag niet'],
    ]);
  });

  it('has levels beginner, basis and gevorderd from 0', () => {
    expect(set.levels.map((level) => [level.id, level.min])).toEqual([
      ['beginner', 0],
      ['basis', 40],
      ['gevorderd', 75],
    ]);
  });

  it('gives every area a topic and a course-finder link on that topic', () => {
    for (const area of set.areas) {
      expect(area.topic, area.id).toBeTruthy();
      const finder = area.links.filter((link) => link.programme === 'course-finder');
      expect(finder.map((link) => (link as { topic?: string }).topic), area.id).toEqual([area.topic]);
    }
  });

  it('gives every area at least one link to real help that works without a course finder on the page', () => {
    for (const area of set.areas) {
      const web = area.links.filter((link) => link.programme !== 'course-finder');
      expect(web.length, `${area.id} needs a link besides the course finder`).toBeGreaterThan(0);
    }
  });

  it('names its source briefly (B1 readers see it on the intro), without a long citation', () => {
    expect(set.source.name.split(/\s+/).length).toBeLessThanOrEqual(6);
    expect(set.source.url).toMatch(/^https:\/\//);
  });

  it('links only to https pages', () => {
    for (const link of set.areas.flatMap((area) => area.links)) {
      if (link.programme !== 'course-finder') expect((link as { url?: string }).url).toMatch(/^https:\/\//);
    }
  });
});

describe('the DigIQ set', () => {
  it("covers DigIQ's nine areas in order, with three or four statements each", () => {
    expect(digiq.areas.map((area) => area.id)).toEqual([
      'strategic-information',
      'critical-information',
      'netiquette',
      'creative',
      'safety',
      'health',
      'sustainable',
      'problem-solving',
      'ai',
    ]);
    for (const area of digiq.areas) {
      expect(area.questions.length, area.id).toBeGreaterThanOrEqual(3);
      expect(area.questions.length, area.id).toBeLessThanOrEqual(4);
    }
  });

  it('takes about five minutes: about thirty statements', () => {
    const count = digiq.areas.reduce((sum, area) => sum + area.questions.length, 0);
    expect(count).toBeGreaterThanOrEqual(27);
    expect(count).toBeLessThanOrEqual(33);
    expect(digiq.duration).toBe(5);
  });

  it('links to Klik & Tik, Digisterker and the IDO somewhere', () => {
    const programmes = new Set(digiq.areas.flatMap((area) => area.links.map((link) => link.programme)));
    for (const programme of ['klik-en-tik', 'digisterker', 'ido', 'course-finder']) {
      expect(programmes.has(programme), programme).toBe(true);
    }
  });
});

describe('the SLO set', () => {
  it("covers SLO's four parts of digital literacy, three statements each", () => {
    expect(slo.areas.map((area) => area.id)).toEqual([
      'ict-basic-skills',
      'information-skills',
      'media-literacy',
      'computational-thinking',
    ]);
    for (const area of slo.areas) expect(area.questions.length, area.id).toBe(3);
  });

  it('names its parts in plain Dutch (B1), not in jargon', () => {
    expect(slo.areas.map((area) => area.title.nl)).toEqual([
      'Werken met computer en internet',
      'Informatievaardigheden',
      'Mediawijsheid',
      'Stap voor stap problemen oplossen',
    ]);
  });
});
