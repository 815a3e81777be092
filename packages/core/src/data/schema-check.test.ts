import { Validator, type Schema } from '@cfworker/json-schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import courseSchema from '../../schemas/course.schema.json';
import locationSchema from '../../schemas/location.schema.json';
import questionSetSchema from '../../schemas/question-set.schema.json';
import statisticSchema from '../../schemas/statistic.schema.json';
import digiq from '../../../data/data/questions-digiq.json';
import courses from '../../../data/data/courses-sample.json';
import locations from '../../../data/data/locations-demo.json';
import statistics from '../../../data/data/statistics.json';
import { isValid, schemaErrors } from './schema-check.js';

/*
 * The compiled checker must agree with a general JSON Schema validator (@cfworker/json-schema)
 * on every record: the shipped data, and the same data with random fields changed.
 */

const cases: [string, Schema, unknown[]][] = [
  ['statistic', statisticSchema as unknown as Schema, (statistics as { items?: unknown[] }).items ?? (statistics as unknown as unknown[])],
  ['course', courseSchema as unknown as Schema, (courses as { items: unknown[] }).items],
  ['location', locationSchema as unknown as Schema, (locations as { items?: unknown[] }).items ?? (locations as unknown as unknown[])],
  ['question-set', questionSetSchema as unknown as Schema, [digiq]],
];

const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', 'x', '2026-12-25', '25-12-2026', 'https://a.nl', 'javascript:x', 'a@b.nl', 'group', 'percent', 'nl', 0, -1, 1e6, 2.5, 52.1, 2021, null, true, [], {}, { nl: 'x' }, { nl: 'x', en: 5 }, ['safety'], [{ start: '2026-01-05T10:00', end: '2026-01-05T12:00' }], ['05-01-2026 10:00-12:00']),
);

/** Every path of a record (objects and lists), for changing one at random. */
function pathsOf(record: unknown, prefix: string[] = [], out: string[][] = []): string[][] {
  if (record && typeof record === 'object') {
    for (const key of Object.keys(record)) {
      const path = [...prefix, key];
      out.push(path);
      pathsOf((record as Record<string, unknown>)[key], path, out);
    }
  }
  return out;
}

describe.each(cases)('schema-check agrees with a general validator: %s', (_name, schema, samples) => {
  const reference = new Validator(schema, '2020-12', false);

  it('accepts the shipped data', () => {
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) {
      expect(reference.validate(sample).valid).toBe(true);
      expect(isValid(sample, schema)).toBe(true);
      expect(schemaErrors(sample, schema)).toEqual([]);
    }
  });

  it('gives the same answer for records with random changes', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(fc.tuple(fc.nat(), fc.option(value, { nil: undefined })), { minLength: 1, maxLength: 3 }), (pick, changes) => {
        const record = structuredClone(samples[pick % samples.length]) as Record<string, unknown>;
        for (const [at, replacement] of changes) {
          const paths = pathsOf(record);
          if (!paths.length) break;
          const path = paths[at % paths.length]!;
          const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], record) as Record<string, unknown>;
          const key = path[path.length - 1]!;
          if (replacement === undefined) {
            if (Array.isArray(parent)) parent.splice(Number(key), 1);
            else delete parent[key];
          } else parent[key] = structuredClone(replacement);
        }
        const expected = reference.validate(record).valid;
        expect(isValid(record, schema)).toBe(expected);
        expect(schemaErrors(record, schema).length === 0).toBe(expected);
      }),
      // The question set is one large document: fewer runs keep the test quick.
      { numRuns: samples.length === 1 ? 40 : 250 },
    );
  });
});

describe('schema-check', () => {
  it('names the path, keyword and missing property of each error', () => {
    const errors = schemaErrors({ label: 'x', source: { url: 5 }, series: [{ label: 'a' }] }, statisticSchema as unknown as Schema);
    expect(errors.map(({ path, keyword, missing }) => [path.join('.'), keyword, missing])).toEqual(
      expect.arrayContaining([
        ['', 'required', 'value'],
        ['source', 'required', 'name'],
        ['source.url', 'type', undefined],
        ['series.0', 'required', 'value'],
      ]),
    );
  });

  it('refuses a schema with a keyword it does not know, rather than check it wrongly', () => {
    expect(() => isValid(1, { type: 'number', multipleOf: 2 } as Schema)).toThrow(/multipleOf/);
  });
});
