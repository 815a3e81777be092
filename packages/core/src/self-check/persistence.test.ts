import { describe, expect, it } from 'vitest';
import { MAX_STORED_LENGTH, decodeProgress, encodeProgress, storageKey, type Progress } from './persistence.js';
import type { QuestionSet } from './types.js';

const SET: QuestionSet = {
  framework: 'digiq',
  version: '1.0.0',
  title: 'Test',
  scale: [
    { id: 'cannot', value: 0, label: 'Dat kan ik niet' },
    { id: 'on-my-own', value: 2, label: 'Dat kan ik zelf' },
    { id: 'dont-know', value: null, label: 'Weet ik niet' },
  ],
  levels: [{ id: 'beginner', min: 0, label: 'Beginner' }],
  areas: [
    { id: 'a', title: 'A', questions: [{ id: 'q1', text: '1' }, { id: 'q2', text: '2' }] },
    { id: 'b', title: 'B', questions: [{ id: 'q3', text: '3' }] },
  ],
};

const PROGRESS: Progress = {
  framework: 'digiq',
  setVersion: '1.0.0',
  step: 2,
  answers: { q1: 'cannot', q2: 'dont-know' },
};

/** A stored payload with some fields replaced, as the JSON string localStorage would hold. */
function stored(overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ ...JSON.parse(encodeProgress(PROGRESS)), ...overrides });
}

describe('storageKey', () => {
  it('is namespaced and versioned per framework', () => {
    expect(storageKey('digiq')).toBe('dv-self-check:v1:digiq');
    expect(storageKey('slo')).toBe('dv-self-check:v1:slo');
  });
});

describe('encodeProgress / decodeProgress', () => {
  it('round-trips progress, with and without a completion time', () => {
    expect(decodeProgress(encodeProgress(PROGRESS), SET)).toEqual(PROGRESS);
    const done: Progress = { ...PROGRESS, step: 3, completedAt: '2024-05-01T10:15:00.000Z' };
    expect(decodeProgress(encodeProgress(done), SET)).toEqual(done);
  });

  it('writes a versioned payload with only the known fields', () => {
    const withExtra = { ...PROGRESS, secret: 'x' } as Progress;
    expect(JSON.parse(encodeProgress(withExtra))).toEqual({
      v: 1,
      framework: 'digiq',
      setVersion: '1.0.0',
      step: 2,
      answers: { q1: 'cannot', q2: 'dont-know' },
    });
  });

  it('accepts empty answers at the start and a step at the end', () => {
    expect(decodeProgress(stored({ step: 0, answers: {} }), SET)).toMatchObject({ step: 0, answers: {} });
    expect(decodeProgress(stored({ step: 3 }), SET)).toMatchObject({ step: 3 });
  });
});

describe('decodeProgress with bad input', () => {
  it.each([
    ['nothing stored', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['a number', 42],
    ['an object instead of a string', { v: 1 }],
    ['bad JSON', '{"v":1,'],
    ['plain text', 'hallo'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"progress"'],
    ['JSON null', 'null'],
    ['a JSON number', '1'],
  ])('returns undefined for %s', (_, raw) => {
    expect(decodeProgress(raw, SET)).toBeUndefined();
  });

  it.each([
    ['another format version', { v: 2 }],
    ['a version as a string', { v: '1' }],
    ['no version', { v: undefined }],
    ['another framework', { framework: 'slo' }],
    ['an older set version', { setVersion: '0.9.0' }],
    ['a negative step', { step: -1 }],
    ['a step past the end', { step: 4 }],
    ['a fractional step', { step: 1.5 }],
    ['a step as a string', { step: '1' }],
    ['answers as an array', { answers: ['cannot'] }],
    ['answers as null', { answers: null }],
    ['an unknown question id', { answers: { q1: 'cannot', q9: 'cannot' } }],
    ['an unknown answer id', { answers: { q1: 'maybe' } }],
    ['an answer that is not a string', { answers: { q1: 0 } }],
    ['a completion time that is no date', { completedAt: 'yesterday' }],
    ['a completion time that is a number', { completedAt: 1714558500000 }],
  ])('returns undefined for %s', (_, overrides) => {
    expect(decodeProgress(stored(overrides), SET)).toBeUndefined();
  });

  it('does not parse a huge stored value', () => {
    const huge = stored().replace('{', `{${' '.repeat(MAX_STORED_LENGTH)}`);
    expect(JSON.parse(huge)).toBeTruthy();
    expect(decodeProgress(huge, SET)).toBeUndefined();
    expect(decodeProgress('x'.repeat(5_000_000), SET)).toBeUndefined();
  });

  it('rejects "__proto__" and "constructor" keys without polluting any prototype', () => {
    const base = stored().slice(0, -1);
    const attempts = [
      stored().replace('"answers":{', '"answers":{"__proto__":{"polluted":"cannot"},'),
      stored().replace('"answers":{', '"answers":{"__proto__":"cannot",'),
      stored().replace('"answers":{', '"answers":{"constructor":"cannot",'),
      `{"__proto__":${stored()}}`,
      `${base},"__proto__":{"polluted":true}}`,
    ];
    expect(decodeProgress(attempts[0], SET)).toBeUndefined();
    expect(decodeProgress(attempts[1], SET)).toBeUndefined();
    expect(decodeProgress(attempts[2], SET)).toBeUndefined();
    expect(decodeProgress(attempts[3], SET)).toBeUndefined();
    // Extra top-level keys are ignored, and the result holds only known fields.
    const decoded = decodeProgress(attempts[4], SET);
    expect(decoded).toEqual(PROGRESS);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws, whatever is stored', () => {
    const samples = ['{', '}', '[', '{"v":1}', '{"answers":{"q1":{}}}', '\u0000', '"\\ud800"', '1e999', 'true'];
    for (let i = 0; i < 200; i += 1) {
      samples.push(stored().slice(0, i % stored().length));
    }
    for (const raw of samples) {
      expect(() => decodeProgress(raw, SET)).not.toThrow();
    }
  });
});
