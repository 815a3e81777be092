import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { loadSource } from './source.js';

const record = { id: 'a', value: 1, unit: 'number', label: 'A', year: 2021, source: { name: 'X' } };

describe('loadSource', () => {
  let fetchMock: MockInstance<typeof fetch>;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>(async () => new Response(JSON.stringify([record]), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('document', { baseURI: 'https://bibliotheek.example/over-ons/cijfers.html' });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('uses the embedded data, without any request, when src is empty or blank', async () => {
    const embedded = vi.fn(async () => [record]);
    expect(await loadSource('', 'statistic', { embedded, tag: 'dv-stat-card' })).toEqual([record]);
    expect(await loadSource('   ', 'statistic', { embedded, tag: 'dv-stat-card' })).toEqual([record]);
    expect(embedded).toHaveBeenCalledTimes(2);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('fetches src, resolved against the page, instead of the embedded data', async () => {
    const embedded = vi.fn(async () => []);
    const items = await loadSource(' data/cijfers.json ', 'statistic', { embedded, tag: 'dv-stat-card' });
    expect(items).toEqual([record]);
    expect(embedded).not.toHaveBeenCalled();
    expect(fetchMock.mock.calls[0][0]).toBe('https://bibliotheek.example/over-ons/data/cijfers.json');
  });

  it('passes a fresh retry on to the request', async () => {
    await loadSource('data.json', 'statistic', { embedded: async () => [], tag: 'dv-stat-card', fresh: true });
    expect(fetchMock.mock.calls[0][1]?.cache).toBe('no-cache');
  });

  it('passes the caller’s abort signal on', async () => {
    const controller = new AbortController();
    fetchMock.mockImplementation(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
        }),
    );
    const promise = loadSource('data.json', 'statistic', { embedded: async () => [], tag: 'dv-stat-card', signal: controller.signal });
    await vi.waitFor(() => expect(fetchMock).toHaveBeenCalled());
    controller.abort();
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('reads with the format’s schema, skipping rows that cannot be shown, and reports', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify([record, { ...record, id: 'b', value: 'veel' }]), { headers: { 'content-type': 'application/json' } }),
    );
    const onReport = vi.fn();
    const items = await loadSource('https://cdn.example/x.json', 'statistic', { embedded: async () => [], tag: 'dv-stat-grid', onReport });
    expect(items).toEqual([record]);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String(vi.mocked(console.warn).mock.calls[0][0])).toContain('<dv-stat-grid>');
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport.mock.calls[0][0]).toMatchObject({ src: 'https://cdn.example/x.json', total: 2, kept: 1 });
  });

  it('reports nothing for embedded data', async () => {
    const onReport = vi.fn();
    await loadSource('', 'statistic', { embedded: async () => [record], tag: 'dv-stat-card', onReport });
    expect(onReport).not.toHaveBeenCalled();
  });

  it('rewrites a Google Sheets link to its CSV export and reports that address', async () => {
    fetchMock.mockResolvedValue(new Response('label;value\nA;1\n', { headers: { 'content-type': 'text/csv' } }));
    const onReport = vi.fn();
    const items = await loadSource('https://docs.google.com/spreadsheets/d/e/2PACX-abc/pubhtml?gid=7', 'statistic', { embedded: async () => [], tag: 'dv-stat-grid', onReport });
    const expected = 'https://docs.google.com/spreadsheets/d/e/2PACX-abc/pub?gid=7&output=csv';
    expect(fetchMock.mock.calls[0][0]).toBe(expected);
    expect(items).toEqual([{ id: 'a', label: 'A', value: 1, unit: 'number' }]);
    expect(onReport.mock.calls[0][0]).toMatchObject({ src: expected, kind: 'csv' });
  });

  it('reads a question set as one document', async () => {
    fetchMock.mockResolvedValue(new Response(JSON.stringify({ framework: 'eigen' }), { headers: { 'content-type': 'application/json' } }));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const onReport = vi.fn();
    await expect(loadSource('set.json', 'question-set', { embedded: async () => [], tag: 'dv-self-check', onReport })).rejects.toMatchObject({ code: 'invalid' });
    expect(onReport.mock.calls[0][0]).toMatchObject({ format: 'question-set', total: 1, kept: 0, recordsLeftOut: [{ row: 1, reason: 'missing' }] });
  });

  it('says so for a format it has no schema for', async () => {
    await expect(loadSource('x.json', 'weather' as never, { embedded: async () => [], tag: 'dv-x' })).rejects.toThrow(/weather/);
  });
});
