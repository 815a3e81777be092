import { describe, expect, it } from 'vitest';
import { loadPc4Table } from '@digivaardig/data/pc4';
import { closestPlace } from './place-search.js';
import { resolvePlace } from './resolve-place.js';

// The real embedded table: typos and PO boxes are about the names and numbers it holds.
const table = await loadPc4Table();

const suggestionFor = (text: string) => {
  const result = resolvePlace(table, text);
  return result.ok ? `found ${result.place.label}` : result.problem.code === 'unknown-place' ? result.problem.suggestion : result.problem.code;
};

describe('resolvePlace: places', () => {
  it('finds a place named exactly, labelled with its name', () => {
    expect(resolvePlace(table, 'utrecht')).toMatchObject({ ok: true, place: { kind: 'place', label: 'Utrecht' } });
    expect(resolvePlace(table, ' AMSTERDAM ')).toMatchObject({ ok: true, place: { kind: 'place', label: 'Amsterdam' } });
    expect(resolvePlace(table, "'s-Hertogenbosch")).toMatchObject({ ok: true, place: { label: "'s-Hertogenbosch" } });
    expect(resolvePlace(table, 's-Hertogenbosch')).toMatchObject({ ok: true, place: { label: "'s-Hertogenbosch" } });
    expect(resolvePlace(table, "'s-Gravenhage")).toMatchObject({ ok: true, place: { label: "'s-Gravenhage" } });
  });

  it('finds a place by its other name, labelled as typed by that name', () => {
    const bosch = resolvePlace(table, 'den bosch');
    const hertogenbosch = resolvePlace(table, "'s-Hertogenbosch");
    expect(bosch).toMatchObject({ ok: true, place: { kind: 'place', label: 'Den Bosch' } });
    expect(bosch.ok && hertogenbosch.ok && bosch.place.lat).toBe(hertogenbosch.ok && hertogenbosch.place.lat);
    expect(resolvePlace(table, 'Den Haag')).toMatchObject({ ok: true, place: { label: 'Den Haag' } });
    expect(resolvePlace(table, 'the hague')).toMatchObject({ ok: true, place: { label: 'The Hague' } });
  });

  it('suggests, and does not search, a name with a typo', () => {
    expect(resolvePlace(table, 'Utreht')).toEqual({ ok: false, problem: { code: 'unknown-place', text: 'Utreht', suggestion: 'Utrecht' } });
    expect(suggestionFor('Amsterdm')).toBe('Amsterdam');
    expect(suggestionFor('Rotterdan')).toBe('Rotterdam');
    expect(suggestionFor('Groningn')).toBe('Groningen');
    expect(suggestionFor('Den Bosh')).toBe('Den Bosch');
    expect(suggestionFor('Den Hag')).toBe('Den Haag');
    expect(suggestionFor('s-Hertogenbosh')).toBe("'s-Hertogenbosch");
  });

  it('suggests the known place a district or an extra word follows', () => {
    expect(suggestionFor('Amsterdam Noord')).toBe('Amsterdam');
    expect(suggestionFor('Amsterdam-Zuidoost')).toBe('Amsterdam');
    expect(suggestionFor('Den Haag Centrum')).toBe('Den Haag');
  });

  it('suggests, and does not silently take, a place a fragment starts', () => {
    expect(resolvePlace(table, 'abc')).toEqual({ ok: false, problem: { code: 'unknown-place', text: 'abc', suggestion: 'Abcoude' } });
    expect(suggestionFor('Amster')).toBe('Amsterdam');
  });

  it('says a text near no place has no suggestion', () => {
    expect(resolvePlace(table, 'Xyzzyville')).toEqual({ ok: false, problem: { code: 'unknown-place', text: 'Xyzzyville' } });
    expect(resolvePlace(table, '   ')).toEqual({ ok: false, problem: { code: 'empty' } });
  });

  it('allows one typo in a short name and two in a longer one', () => {
    expect(closestPlace(table, 'Ede')?.match).toBe('close'); // Ede itself: distance 0
    expect(closestPlace(table, 'Zwole')?.name).toBe('Zwolle'); // five letters: one typo
    expect(closestPlace(table, 'Zwle')?.name).not.toBe('Zwolle'); // four letters: two typos is too far
    expect(closestPlace(table, 'Amstrdm')?.name).toBe('Amsterdam'); // longer: two typos
    expect(closestPlace(table, 'Utrxxxcht')?.name).not.toBe('Utrecht'); // three typos: too far
    expect(closestPlace(table, 'Zq')).toBeUndefined(); // too short to guess from
  });
});

describe('resolvePlace: postcodes', () => {
  it('finds a postcode, labelled with the postcode and the town', () => {
    expect(resolvePlace(table, '3511')).toMatchObject({ ok: true, place: { kind: 'postcode', label: '3511 Utrecht' } });
    expect(resolvePlace(table, '2311ez')).toMatchObject({ ok: true, place: { kind: 'postcode', label: '2311 EZ Leiden', lat: 52.1564, lon: 4.4897 } });
  });

  it('finds the town of a PO-box postcode the table lacks, from its hundred', () => {
    const amsterdam = resolvePlace(table, '1000 AA');
    expect(amsterdam).toMatchObject({ ok: true, place: { kind: 'postcode', label: '1000 AA Amsterdam' } });
    const at1011 = resolvePlace(table, '1011');
    expect(amsterdam.ok && at1011.ok && [amsterdam.place.lat, amsterdam.place.lon]).toEqual(at1011.ok && [at1011.place.lat, at1011.place.lon]);
    expect(resolvePlace(table, '3500')).toMatchObject({ ok: true, place: { label: '3500 Utrecht' } });
    expect(resolvePlace(table, '2500')).toMatchObject({ ok: true, place: { label: "2500 's-Gravenhage" } });
    expect(resolvePlace(table, '9700 AB')).toMatchObject({ ok: true, place: { label: '9700 AB Groningen' } });
  });

  it('says why a postcode gives no place', () => {
    expect(resolvePlace(table, '0000')).toEqual({ ok: false, problem: { code: 'postcode-format', reason: 'leading-zero', text: '0000' } });
    expect(resolvePlace(table, '231')).toEqual({ ok: false, problem: { code: 'postcode-format', reason: 'incomplete', text: '231' } });
    expect(resolvePlace(table, '1000 SS')).toEqual({ ok: false, problem: { code: 'postcode-format', reason: 'letters', text: '1000 SS' } });
    // A hundred without any postcode in the table: nothing near enough to stand in.
    const few = { ...table, count: 1, pc4: Uint16Array.of(2311) };
    expect(resolvePlace(few, '9999')).toEqual({ ok: false, problem: { code: 'unknown-postcode', postcode: '9999' } });
  });
});
