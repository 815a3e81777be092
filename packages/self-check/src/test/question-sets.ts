import type { QuestionSet } from '@digivaardig/core';

/**
 * A small question set for unit tests: yes/no/"weet ik niet" and two levels, with the
 * areas a test needs. Tests name only what they are about.
 */
export function testSet(areas: QuestionSet['areas'], framework = 'test'): QuestionSet {
  return {
    framework,
    version: '1',
    title: 'Test',
    scale: [
      { id: 'no', value: 0, label: 'Nee' },
      { id: 'yes', value: 1, label: 'Ja' },
      { id: 'dont-know', value: null, label: 'Weet ik niet' },
    ],
    levels: [
      { id: 'low', min: 0, label: 'Laag' },
      { id: 'high', min: 75, label: 'Hoog' },
    ],
    areas,
  };
}
