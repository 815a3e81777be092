import { describe, expect, it } from 'vitest';
import { schemeOf } from './host-theme.js';

describe('schemeOf (a CSS color-scheme value, or a scheme attribute on <html>)', () => {
  it('reads dark, light, both, and nothing', () => {
    expect(schemeOf('dark')).toBe('dark');
    expect(schemeOf('only dark')).toBe('dark');
    expect(schemeOf('light')).toBe('light');
    expect(schemeOf('Light')).toBe('light');
    expect(schemeOf('light dark')).toBe('both');
    expect(schemeOf('dark light')).toBe('both');
    expect(schemeOf('normal')).toBeUndefined();
    expect(schemeOf('')).toBeUndefined();
    expect(schemeOf(null)).toBeUndefined();
    expect(schemeOf(undefined)).toBeUndefined();
  });

  it('takes whole words only: a theme named "darkblue" or "lightning" says nothing', () => {
    expect(schemeOf('darkblue')).toBeUndefined();
    expect(schemeOf('lightning')).toBeUndefined();
  });
});
