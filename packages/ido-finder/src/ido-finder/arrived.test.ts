import { describe, expect, it } from 'vitest';
import { problemFrom } from '@digivaardig/core';
import { arrived } from './arrived.js';

describe('arrived', () => {
  it('passes a part that arrives, and turns one that does not into a network problem (not a bug)', async () => {
    await expect(arrived(Promise.resolve(42))).resolves.toBe(42);
    let forgotten = false;
    const error = await arrived(Promise.reject(new TypeError('Failed to fetch dynamically imported module')), () => (forgotten = true)).catch((e: unknown) => e);
    expect(problemFrom(error)).toEqual({ code: 'network' });
    expect(forgotten).toBe(true);
  });
});
