import { describe, expect, it } from 'vitest';
import { storageKey } from '@digivaardig/core';
import { progressKey, storedAreaIds } from './storage.js';

const set = { areas: [{ id: 'safety' }, { id: 'ai' }, { id: 'health' }] };

describe('storedAreaIds', () => {
  it('names the areas asked when they are a part of the set', () => {
    expect(storedAreaIds(set, [{ id: 'safety' }, { id: 'ai' }])).toEqual(['safety', 'ai']);
  });

  it('names none for the whole set', () => {
    expect(storedAreaIds(set, set.areas)).toBeUndefined();
  });
});

describe('progressKey', () => {
  it('is the framework key for the whole set, with the areas asked appended for a part', () => {
    expect(progressKey('digiq')).toBe(storageKey('digiq'));
    expect(progressKey('digiq', ['safety', 'ai'])).toBe(`${storageKey('digiq')}:safety,ai`);
    expect(progressKey('digiq', ['a b'])).toBe(`${storageKey('digiq')}:a%20b`);
  });
});
