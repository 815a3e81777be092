import { describe, expect, it } from 'vitest';
import { prepareSession } from './search/prepare.js';
import { formatSession } from './session-format.js';

describe('a session in words', () => {
  it('gives the day and the times of a session within one day', () => {
    expect(formatSession(prepareSession('2025-01-07T10:00', '2025-01-07T12:00'), 'nl', '2025')).toBe('di 7 jan, 10.00–12.00 uur');
    expect(formatSession(prepareSession('2025-01-07T10:00', '2025-01-07T12:00'), 'en', '2025')).toBe('Tue 7 Jan, 10:00–12:00');
  });

  it('names the end day of a session that goes on the next day or longer', () => {
    expect(formatSession(prepareSession('2025-01-10T20:00', '2025-01-11T02:00'), 'nl', '2025')).toBe('vr 10 jan, 20.00 – za 11 jan, 02.00 uur');
    expect(formatSession(prepareSession('2025-12-31T10:00', '2026-01-02T16:00'), 'en', '2025')).toBe('Wed 31 Dec, 10:00 – Fri, 2 Jan 2026, 16:00');
  });
});
