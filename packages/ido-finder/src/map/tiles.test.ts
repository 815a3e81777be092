import { describe, expect, it } from 'vitest';
import { DEFAULT_TILES, parseTiles } from './tiles.js';

describe('parseTiles', () => {
  it('uses PDOK by default, nothing with none, and a webmaster’s own http(s) template', () => {
    expect(parseTiles('')).toEqual({ value: DEFAULT_TILES, invalid: false });
    expect(parseTiles(' None ')).toEqual({ value: undefined, invalid: false });
    const own = 'https://tiles.example/{z}/{x}/{y}.png';
    expect(parseTiles(own)).toEqual({ value: own, invalid: false });
  });

  it('falls back to PDOK for what is no tile template (other schemes, missing placeholders)', () => {
    expect(parseTiles('ftp://x/{z}/{x}/{y}.png')).toEqual({ value: DEFAULT_TILES, invalid: true });
    expect(parseTiles('https://tiles.example/{z}/{x}.png')).toEqual({ value: DEFAULT_TILES, invalid: true });
    expect(parseTiles('https://tiles.example/{z}/{x}/{y}.png" onload="x')).toEqual({ value: DEFAULT_TILES, invalid: true });
  });
});
