import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import { describe, expect, it } from 'vitest';
import schemaJson from '../../schemas/question-set.schema.json';
// The built-in sets live in @digivaardig/data, which depends on core; a relative path avoids a cycle.
import digiq from '../../../data/data/questions-digiq.json';
import slo from '../../../data/data/questions-slo.json';
import { TOPICS } from './topics.js';
import { findSetProblems } from './validate.js';
import type { QuestionSet } from './types.js';

const schema = schemaJson as unknown as Schema;
const validator = new Validator(schema, '2020-12', false);

/** A small valid set; each broken-set test changes one thing in a fresh copy. */
function validSet(): Record<string, any> {
  return {
    framework: 'eigen-check',
    version: '2',
    title: { nl: 'Eigen check', en: 'Own check' },
    scale: [
      { id: 'no', value: 0, label: 'Nee' },
      { id: 'yes', value: 1, label: 'Ja' },
      { id: 'dont-know', value: null, label: 'Weet ik niet' },
    ],
    areas: [
      {
        id: 'mail',
        title: 'E-mail',
        topic: 'communication',
        questions: [
          { id: 'mail-send', text: 'Ik kan een e-mail sturen.' },
          { id: 'mail-attach', text: { nl: 'Ik kan een bijlage meesturen.' }, help: 'Een bijlage is een bestand.' },
        ],
        advice: { low: 'Oefen eerst.', mid: 'Goed op weg.', high: 'Top!' },
        links: [
          { title: 'Klik & Tik', programme: 'klik-en-tik', url: 'https://oefenen.nl/programma/serie/klik_en_tik' },
          { title: 'Cursus zoeken', programme: 'course-finder', topic: 'communication' },
        ],
      },
    ],
    levels: [
      { id: 'beginner', min: 0, label: 'Beginner' },
      { id: 'gevorderd', min: 60, label: 'Gevorderd' },
    ],
  };
}

/** Schema errors, without the "a subschema had errors" lines that only repeat a deeper one. */
function schemaErrors(data: unknown): OutputUnit[] {
  return validator.validate(data).errors.filter((e) => !['$ref', 'properties', 'items'].includes(e.keyword));
}

function expectSchemaError(data: unknown, instanceLocation: string, mentions: string) {
  const errors = schemaErrors(data);
  expect(errors.length, 'the set should be rejected').toBeGreaterThan(0);
  expect(errors).toContainEqual(
    expect.objectContaining({ instanceLocation, error: expect.stringContaining(mentions) }),
  );
}

describe('question-set schema', () => {
  it('accepts a small custom set', () => {
    expect(schemaErrors(validSet())).toEqual([]);
    expect(findSetProblems(validSet() as QuestionSet)).toEqual([]);
  });

  it.each([
    ['digiq', digiq],
    ['slo', slo],
  ])('accepts the built-in %s set, which also has no id or level problems', (_, set) => {
    expect(schemaErrors(set)).toEqual([]);
    expect(findSetProblems(set as unknown as QuestionSet)).toEqual([]);
  });

  it('offers the same topics as the shared topic list', () => {
    expect(schemaJson.$defs.topic.enum).toEqual([...TOPICS]);
  });

  it('rejects an area without an id, naming the area', () => {
    const set = validSet();
    delete set.areas[0].id;
    expectSchemaError(set, '#/areas/0', '"id"');
  });

  it('rejects a question without text, naming the question', () => {
    const set = validSet();
    delete set.areas[0].questions[1].text;
    expectSchemaError(set, '#/areas/0/questions/1', '"text"');
  });

  it('rejects an area without questions', () => {
    const set = validSet();
    set.areas[0].questions = [];
    expectSchemaError(set, '#/areas/0/questions', 'too few items');
  });

  it('rejects a scale with fewer than two answers that count', () => {
    const set = validSet();
    set.scale[1].value = null;
    expectSchemaError(set, '#/scale', 'at least 2 items');
  });

  it('rejects a scale answer with a value that is not a whole number', () => {
    const set = validSet();
    set.scale[1].value = '1';
    expectSchemaError(set, '#/scale/1/value', 'Expected');
    set.scale[1].value = 0.5;
    expectSchemaError(set, '#/scale/1/value', 'integer');
  });

  it('rejects a scale answer without a label', () => {
    const set = validSet();
    delete set.scale[0].label;
    expectSchemaError(set, '#/scale/0', '"label"');
  });

  it('accepts text in each of our languages (nl required, en, ar, tr, pl, uk optional)', () => {
    const set = validSet();
    set.areas[0].title = { nl: 'E-mail', en: 'Email', ar: 'البريد الإلكتروني', tr: 'E-posta', pl: 'E-mail', uk: 'Електронна пошта' };
    expect(schemaErrors(set)).toEqual([]);
  });

  it('rejects text in an unknown language or with HTML-like structure', () => {
    const set = validSet();
    set.areas[0].title = { nl: 'E-mail', fr: 'Courriel' };
    expect(schemaErrors(set).some((e) => e.instanceLocation === '#/areas/0/title')).toBe(true);
    set.areas[0].title = { en: 'E-mail' };
    expect(schemaErrors(set).some((e) => e.instanceLocation === '#/areas/0/title')).toBe(true);
  });

  it('rejects a course-finder link without a topic, and other links without a url', () => {
    const set = validSet();
    delete set.areas[0].links[1].topic;
    expectSchemaError(set, '#/areas/0/links/1', '"topic"');
    const other = validSet();
    delete other.areas[0].links[0].url;
    expectSchemaError(other, '#/areas/0/links/0', '"url"');
  });

  it('rejects an unknown topic, programme or a url that is not http(s)', () => {
    const set = validSet();
    set.areas[0].topic = 'cooking';
    set.areas[0].links[0].programme = 'seniorweb';
    set.areas[0].links[1].url = 'javascript:alert(1)';
    const errors = schemaErrors(set).map((e) => e.instanceLocation);
    expect(errors).toContain('#/areas/0/topic');
    expect(errors).toContain('#/areas/0/links/0/programme');
    expect(errors).toContain('#/areas/0/links/1/url');
  });

  it('rejects ids with spaces or capitals, and a level min above 100', () => {
    const set = validSet();
    set.areas[0].questions[0].id = 'Mail send';
    set.levels[1].min = 120;
    const errors = schemaErrors(set).map((e) => e.instanceLocation);
    expect(errors).toContain('#/areas/0/questions/0/id');
    expect(errors).toContain('#/levels/1/min');
  });

  it('rejects a set without framework, version, scale, areas or levels', () => {
    for (const field of ['framework', 'version', 'scale', 'areas', 'levels']) {
      const set = validSet();
      delete set[field];
      expectSchemaError(set, '#', `"${field}"`);
    }
  });
});

describe('findSetProblems', () => {
  it('finds a question id used twice, also across areas, and names where', () => {
    const set = validSet();
    set.areas.push({ id: 'web', title: 'Web', questions: [{ id: 'mail-send', text: 'Ik kan zoeken.' }] });
    expect(schemaErrors(set)).toEqual([]);
    expect(findSetProblems(set as QuestionSet)).toEqual([
      { path: '#/areas/1/questions/0/id', message: 'Duplicate question id "mail-send" (first used at #/areas/0/questions/0/id).' },
    ]);
  });

  it('finds duplicate area, answer and level ids', () => {
    const set = validSet();
    set.areas.push({ ...set.areas[0], questions: [{ id: 'other', text: 'x' }] });
    set.scale[2].id = 'yes';
    set.levels[1].id = 'beginner';
    expect(findSetProblems(set as QuestionSet).map((p) => p.path)).toEqual([
      '#/scale/2/id',
      '#/areas/1/id',
      '#/levels/1/id',
    ]);
  });

  it('finds counted answers that all have the same value', () => {
    const set = validSet();
    set.scale[1].value = 0;
    expect(findSetProblems(set as QuestionSet).map((p) => p.path)).toEqual(['#/scale']);
  });

  it('finds levels that do not start at 0 or do not go up', () => {
    const set = validSet();
    set.levels = [
      { id: 'a', min: 10, label: 'A' },
      { id: 'b', min: 50, label: 'B' },
      { id: 'c', min: 50, label: 'C' },
    ];
    expect(findSetProblems(set as QuestionSet).map((p) => p.path)).toEqual(['#/levels/0/min', '#/levels/2/min']);
  });
});
