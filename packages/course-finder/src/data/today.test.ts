import { describe, expect, it } from 'vitest';
import { parseToday } from './today.js';

describe('the today attribute', () => {
  it('is a date, or a date and time, in Amsterdam time', () => {
    expect(parseToday('2025-01-06')).toEqual({ value: Date.UTC(2025, 0, 5, 23), invalid: false });
    expect(parseToday(' 2025-07-01T14:00 ')).toEqual({ value: Date.UTC(2025, 6, 1, 12), invalid: false });
  });

  it('is absent when empty, and invalid when it is no such date', () => {
    expect(parseToday('')).toEqual({ value: undefined, invalid: false });
    for (const raw of ['6-1-2025', '2025-13-01', 'today', '2025-01-06 14:00']) expect(parseToday(raw), raw).toEqual({ value: undefined, invalid: true });
  });
});
