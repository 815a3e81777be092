import { describe, expect, it } from 'vitest';
import { parseJsonLd } from './attributes.js';

describe('the jsonld attribute', () => {
  it('is a boolean, on by default: absent or present means on, false/off mean off', () => {
    for (const raw of [null, undefined, '', 'jsonld', 'on', 'true', 'TRUE', ' yes ']) expect(parseJsonLd(raw), String(raw)).toEqual({ value: true, invalid: false });
    for (const raw of ['false', 'off', 'OFF', 'no', '0']) expect(parseJsonLd(raw), raw).toEqual({ value: false, invalid: false });
  });

  it('calls anything else invalid (the element warns once) and stays on', () => {
    for (const raw of ['nee', 'disabled', 'maybe']) expect(parseJsonLd(raw), raw).toEqual({ value: true, invalid: true });
  });
});
