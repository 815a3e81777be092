import { describe, expect, it } from 'vitest';
import { parsePoint, pdokLookup, pdokSuggest } from './pdok.js';

/** Answers like PDOK's, recording what was asked: a real fetch signature over local Responses. */
function answering(body: unknown, status = 200) {
  const asked: { url: string; init?: RequestInit }[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    asked.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('PDOK Locatieserver', () => {
  it('asks suggest with a plain GET and no extra headers, and keeps well-formed answers', async () => {
    const { fetcher, asked } = answering({
      response: { docs: [{ id: 'adr-1', type: 'adres', weergavenaam: 'Breestraat 1, 2311CS Leiden' }, { id: 5 }, { type: 'woonplaats' }] },
    });
    const found = await pdokSuggest('breestraat 1 leiden', undefined, fetcher);
    expect(found).toEqual([{ id: 'adr-1', label: 'Breestraat 1, 2311CS Leiden', type: 'adres' }]);
    expect(asked[0]!.url).toBe(
      'https://api.pdok.nl/bzk/locatieserver/search/v3_1/suggest?q=breestraat%201%20leiden&fq=type%3A(postcode%20OR%20woonplaats%20OR%20adres)&rows=5',
    );
    expect(asked[0]!.init?.headers).toBe(undefined);
    expect(asked[0]!.init?.method).toBe(undefined);
  });

  it('looks up the chosen suggestion’s point', async () => {
    const { fetcher } = answering({ response: { docs: [{ centroide_ll: 'POINT(4.4937 52.1601)' }] } });
    const origin = await pdokLookup({ id: 'adr-1', label: 'Breestraat 1', type: 'adres' }, undefined, fetcher);
    expect(origin).toEqual({ lat: 52.1601, lon: 4.4937, label: 'Breestraat 1', kind: 'address' });
  });

  it('fails loudly on HTTP errors and answers without a point (the finder then uses its own table)', async () => {
    await expect(pdokSuggest('x', undefined, answering({}, 503).fetcher)).rejects.toThrow(/HTTP 503/);
    await expect(pdokLookup({ id: 'a', label: 'a', type: 'adres' }, undefined, answering({ response: { docs: [] } }).fetcher)).rejects.toThrow(/no point/);
  });

  it('reads WKT points', () => {
    expect(parsePoint('POINT(5.1 52.0)')).toEqual({ lat: 52, lon: 5.1 });
    expect(parsePoint('POINT(a b)')).toBe(undefined);
    expect(parsePoint(undefined)).toBe(undefined);
  });
});
