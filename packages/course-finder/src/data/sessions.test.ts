import { describe, expect, it } from 'vitest';
import { readSession } from './sessions.js';

const dec25 = { start: '2026-12-25T10:00', end: '2026-12-25T12:00' };

describe('readSession', () => {
  it.each([
    '25-12-2026 10:00-12:00',
    '25-12-2026 10.00 - 12.00 uur',
    '25-12-2026, 10.00 - 12.00 uur',
    'di 25 december 2026 10:00 tot 12:00',
    'dinsdag 25 december 2026 van 10.00 tot 12.00 uur',
    '25/12/2026 10-12',
    '2026-12-25 10:00-12:00',
    '2026-12-25T10:00-12:00',
    '2026-12-25 10.00 – 12.00',
  ])('reads the cell %j', (text) => {
    expect(readSession(text)).toEqual(dec25);
  });

  it('reads start and end in every form', () => {
    expect(readSession({ start: '2026-12-25T10:00', end: '2026-12-25T12:00' })).toEqual(dec25);
    expect(readSession({ start: '2026-12-25T09:00:00Z', end: '2026-12-25T11:00:00Z' })).toEqual(dec25);
    expect(readSession({ start: '25-12-2026 10:00', end: '25-12-2026 12.00' })).toEqual(dec25);
    expect(readSession({ start: '25 december 2026 10.00 uur', end: '12:00' })).toEqual(dec25);
    expect(readSession({ start: 'di 25-12-2026 10:00', end: '25-12-2026 12:00' })).toEqual(dec25);
  });

  it.each([
    ['31-02-2026 10:00-12:00', 'not-a-date'],
    ['volgende week dinsdag', 'not-a-date'],
    ['25 december 10:00-12:00', 'not-a-date'],
    ['25-12-2026', 'not-a-time'],
    ['25-12-2026 10:00', 'not-a-time'],
    ["25-12-2026 's middags", 'not-a-time'],
    ['25-12-2026 12:00-10:00', 'not-a-time'],
    ['25-12-2026 10-12 en 13-15', 'not-a-time'],
  ])('refuses %j as %s', (text, problem) => {
    expect(readSession(text)).toEqual({ problem });
  });

  it('refuses an object that ends before it starts or lacks a part', () => {
    expect(readSession({ start: '2026-12-25T12:00', end: '2026-12-25T10:00' })).toEqual({ problem: 'not-a-time' });
    expect(readSession({ start: '2026-12-25T10:00' })).toEqual({ problem: 'not-a-time' });
    expect(readSession({ end: '2026-12-25T10:00' })).toEqual({ problem: 'not-a-date' });
    expect(readSession({ start: '30-02-2026 10:00', end: '12:00' })).toEqual({ problem: 'not-a-date' });
    expect(readSession(42)).toEqual({ problem: 'not-a-date' });
  });
});

describe('readSession on repeated cells', () => {
  it('gives a new, equal session each time the same text comes again', () => {
    const first = readSession('25-12-2026 10:00-12:00');
    const again = readSession('25-12-2026 10:00-12:00');
    expect(again).toEqual({ start: '2026-12-25T10:00', end: '2026-12-25T12:00' });
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(readSession('31-02-2026 10:00-12:00')).toEqual({ problem: 'not-a-date' });
    expect(readSession('31-02-2026 10:00-12:00')).toEqual({ problem: 'not-a-date' });
  });
});
