import { describe, expect, it } from 'vitest';
import { comboboxKey } from './search-box.js';

describe('comboboxKey (ARIA 1.2 list autocomplete)', () => {
  const closed = { open: false, active: -1, count: 3 };
  it('opens on Down at the first option, on Up at the last', () => {
    expect(comboboxKey('ArrowDown', closed)).toEqual({ type: 'move', index: 0 });
    expect(comboboxKey('ArrowUp', closed)).toEqual({ type: 'move', index: 2 });
    expect(comboboxKey('ArrowDown', closed, true)).toEqual({ type: 'move', index: -1 });
  });
  it('moves and wraps while open', () => {
    expect(comboboxKey('ArrowDown', { open: true, active: 0, count: 3 })).toEqual({ type: 'move', index: 1 });
    expect(comboboxKey('ArrowDown', { open: true, active: 2, count: 3 })).toEqual({ type: 'move', index: 0 });
    expect(comboboxKey('ArrowUp', { open: true, active: 0, count: 3 })).toEqual({ type: 'move', index: 2 });
  });
  it('chooses the highlighted option on Enter, else submits', () => {
    expect(comboboxKey('Enter', { open: true, active: 1, count: 3 })).toEqual({ type: 'choose', index: 1 });
    expect(comboboxKey('Enter', { open: true, active: -1, count: 3 })).toEqual({ type: 'submit' });
    expect(comboboxKey('Enter', closed)).toEqual({ type: 'submit' });
  });
  it('closes on Escape, then clears', () => {
    expect(comboboxKey('Escape', { open: true, active: 1, count: 3 })).toEqual({ type: 'close' });
    expect(comboboxKey('Escape', closed)).toEqual({ type: 'clear' });
  });
  it('does nothing without suggestions or for other keys', () => {
    expect(comboboxKey('ArrowDown', { open: false, active: -1, count: 0 })).toEqual({ type: 'none' });
    expect(comboboxKey('a', closed)).toEqual({ type: 'none' });
  });
});
