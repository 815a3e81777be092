import { describe, expect, it } from 'vitest';
import { loadPc4Table } from '@digivaardig/data/pc4';
import { suggest } from './suggest-places.js';

const table = await loadPc4Table();

describe('suggest', () => {
  it('suggests postcodes from two digits on, with their place', () => {
    expect(suggest(table, '2')).toEqual([]);
    const list = suggest(table, '231');
    expect(list.length).toBe(6);
    expect(list.every((s) => s.value.startsWith('231'))).toBe(true);
    expect(list[0]).toMatchObject({ value: '2311', detail: 'Leiden' });
    expect(suggest(table, '2311 ez')).toMatchObject([{ value: '2311 EZ', detail: 'Leiden' }]);
  });

  it('suggests places by the start of their name, with where they are', () => {
    const list = suggest(table, 'leid');
    expect(list[0]).toMatchObject({ value: 'Leiden', detail: 'Zuid-Holland' });
    expect(list.map((s) => s.value)).toContain('Leiderdorp');
    const hengelo = suggest(table, 'hengelo');
    expect(new Set(hengelo.map((s) => s.detail)).size).toBe(hengelo.length);
    expect(suggest(table, 'den bosch')[0]).toMatchObject({ value: 'Den Bosch', detail: "'s-Hertogenbosch, Noord-Brabant" });
  });

  it('suggests the place a typo or two away when no name matches', () => {
    expect(suggest(table, 'Utreht')).toMatchObject([{ value: 'Utrecht', detail: 'Utrecht' }]);
    expect(suggest(table, 'abc')[0]).toMatchObject({ value: 'Abcoude' });
  });

  it('suggests a PO-box postcode with its town', () => {
    expect(suggest(table, '1000 AA')).toMatchObject([{ value: '1000 AA', detail: 'Amsterdam' }]);
  });
});
