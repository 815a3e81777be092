import { describe, expect, it } from 'vitest';
import { loadPc4Table } from '@digivaardig/data/pc4';
import { resolveOrigin, suggest } from './origin.js';

const table = await loadPc4Table();

describe('resolveOrigin', () => {
  it('finds postcodes written in any usual way', () => {
    for (const text of ['2311 EZ', '2311ez', ' 2311 ez ', '2311']) {
      const result = resolveOrigin(table, text);
      expect(result.ok, text).toBe(true);
      if (result.ok) expect(result.origin).toMatchObject({ kind: 'postcode', lat: 52.1564, lon: 4.4897 });
    }
    const full = resolveOrigin(table, '2311ez');
    expect(full.ok && full.origin.label).toBe('2311 EZ Leiden');
  });

  it('finds places and their other names', () => {
    const bosch = resolveOrigin(table, 'den bosch');
    expect(bosch.ok && bosch.origin).toMatchObject({ kind: 'place', label: 'Den Bosch' });
    const leeuwarden = resolveOrigin(table, 'LEEUWARDEN');
    expect(leeuwarden.ok && leeuwarden.origin.label).toBe('Leeuwarden');
  });

  it('says why a text gave no place', () => {
    expect(resolveOrigin(table, '')).toEqual({ ok: false, problem: { code: 'empty' } });
    expect(resolveOrigin(table, '231')).toEqual({ ok: false, problem: { code: 'postcode-format', reason: 'incomplete' } });
    expect(resolveOrigin(table, '0123 AB')).toEqual({ ok: false, problem: { code: 'postcode-format', reason: 'leading-zero' } });
    expect(resolveOrigin(table, '1001')).toEqual({ ok: false, problem: { code: 'unknown-postcode', postcode: '1001' } });
    expect(resolveOrigin(table, 'Xyzzyville')).toEqual({ ok: false, problem: { code: 'unknown-place', text: 'Xyzzyville' } });
  });
});

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
});
