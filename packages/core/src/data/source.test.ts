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

  it('validates with the format’s schema, skipping bad rows', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    fetchMock.mockResolvedValue(
      new Response(JSON.stringify([record, { ...record, id: 'b', unit: 'liters' }]), { headers: { 'content-type': 'application/json' } }),
    );
    const items = await loadSource('https://cdn.example/x.json', 'statistic', { embedded: async () => [], tag: 'dv-stat-grid' });
    expect(items).toEqual([record]);
    expect(console.warn).toHaveBeenCalledTimes(1);
    expect(String(vi.mocked(console.warn).mock.calls[0][0])).toContain('<dv-stat-grid>');
  });

  it('says so for a format it has no schema for', async () => {
    await expect(loadSource('x.json', 'weather' as never, { embedded: async () => [], tag: 'dv-x' })).rejects.toThrow(/weather/);
  });
});
