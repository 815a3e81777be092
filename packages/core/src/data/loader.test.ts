import type { Schema } from '@cfworker/json-schema';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import statisticSchema from '../../schemas/statistic.schema.json';
import { DataLoadError, feedKind, loadFeed, parseFeed, warnSkippedRows } from './loader.js';

const schema = statisticSchema as unknown as Schema;

function statistic(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, value: 79, unit: 'percent', label: 'Label', year: 2021, source: { name: 'CPB' }, ...overrides };
}

/** What loadFeed rejected with (fails the test when it resolved). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function loadError(promise: Promise<unknown>): Promise<DataLoadError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(DataLoadError);
  return error as DataLoadError;
}

describe('parseFeed', () => {
  it('reads a JSON array', async () => {
    const { records, rowNumber } = await parseFeed('[{"id":"a"},{"id":"b"}]', 'json', schema);
    expect(records).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(rowNumber(0)).toBe(1);
    expect(rowNumber(1)).toBe(2);
  });

  it('reads { "items": [...] }', async () => {
    const { records } = await parseFeed('{"items":[{"id":"a"}],"licence":"CC-BY"}', 'json', schema);
    expect(records).toEqual([{ id: 'a' }]);
  });

  it('drops a byte-order mark before JSON', async () => {
    const { records } = await parseFeed('\uFEFF[{"id":"a"}]', 'json', schema);
    expect(records).toEqual([{ id: 'a' }]);
  });

  it('fails with a parse error for malformed JSON', async () => {
    const error = await loadError(parseFeed('[{"id":"a",}]', 'json', schema));
    expect(error.code).toBe('parse');
    expect(error.message).toMatch(/^JSON/);
  });

  it('fails with a parse error for JSON that holds no list', async () => {
    for (const text of ['{"data":[]}', '{"items":{"id":"a"}}', 'null', '42', '"tekst"']) {
      const error = await loadError(parseFeed(text, 'json', schema));
      expect(error.code, text).toBe('parse');
    }
  });

  it('reads CSV into nested, converted records, numbered by line (header = line 1)', async () => {
    const csv = 'id;value;unit;label.nl;year;source.name\na;79,5;percent;Tekst;2021;CPB\nb;1;number;Twee;2020;CBS\n';
    const { records, rowNumber } = await parseFeed(csv, 'csv', schema);
    expect(JSON.parse(JSON.stringify(records))).toEqual([
      { id: 'a', value: 79.5, unit: 'percent', label: { nl: 'Tekst' }, year: 2021, source: { name: 'CPB' } },
      { id: 'b', value: 1, unit: 'number', label: { nl: 'Twee' }, year: 2020, source: { name: 'CBS' } },
    ]);
    expect(rowNumber(0)).toBe(2);
  });

  it('fails with a parse error for CSV with an unclosed quote', async () => {
    const error = await loadError(parseFeed('id,label\na,"open', 'csv', schema));
    expect(error.code).toBe('parse');
  });
});

describe('feedKind', () => {
  it('believes the server’s content type first', () => {
    expect(feedKind('https://x.nl/feed', 'text/csv; charset=utf-8', '[')).toBe('csv');
    expect(feedKind('https://x.nl/feed', 'text/comma-separated-values', '[')).toBe('csv');
    expect(feedKind('https://x.nl/feed.csv', 'application/json', 'id,value')).toBe('json');
    expect(feedKind('https://x.nl/feed', 'application/ld+json', 'id')).toBe('json');
  });

  it('then the file name, also with a query or fragment', () => {
    expect(feedKind('https://x.nl/cijfers.csv', 'text/plain', '[')).toBe('csv');
    expect(feedKind('https://x.nl/cijfers.CSV?v=3', null, '[')).toBe('csv');
    expect(feedKind('https://x.nl/cijfers.csv#top', 'application/octet-stream', '{')).toBe('csv');
    expect(feedKind('https://x.nl/cijfers.csv.json', null, '[{"id":"a"}]')).toBe('json');
  });

  it('then how the text starts', () => {
    expect(feedKind('https://x.nl/feed', null, '  [{"id":"a"}]')).toBe('json');
    expect(feedKind('https://x.nl/feed', 'text/plain', '\n{"items":[]}')).toBe('json');
    expect(feedKind('https://x.nl/feed', null, '\uFEFF[]')).toBe('json');
    expect(feedKind('https://x.nl/feed', null, 'id;value\na;1')).toBe('csv');
    expect(feedKind('https://x.nl/feed', null, '\uFEFFid;value')).toBe('csv');
  });
});

describe('loadFeed', () => {
  let fetchMock: MockInstance<typeof fetch>;
  let warn: MockInstance<typeof console.warn>;

  /** Answers every request with this response (or fails for an aborted signal, like fetch). */
  function answer(make: () => Response): void {
    fetchMock.mockImplementation(async (_input, init) => {
      if (init?.signal?.aborted) throw init.signal.reason;
      return make();
    });
  }

  const json = (body: unknown, init: ResponseInit = {}) =>
    new Response(JSON.stringify(body), {
      status: 200,
      ...init,
      headers: { 'content-type': 'application/json', ...(init.headers as Record<string, string>) },
    });

  /** A fetch that answers only by failing when its signal aborts, like the real one. */
  function neverAnswers(): void {
    fetchMock.mockImplementation(
      (_input, init) =>
        new Promise<Response>((_resolve, reject) => {
          const signal = init?.signal;
          if (signal?.aborted) return reject(signal.reason);
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
        }),
    );
  }

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('loads a JSON feed', async () => {
    answer(() => json([statistic('a'), statistic('b')]));
    const result = await loadFeed('https://bieb.example/cijfers.json', { schema, format: 'statistic' });
    expect(result.items.map((item) => (item as { id: string }).id)).toEqual(['a', 'b']);
    expect(result.skipped).toEqual([]);
    expect(result.total).toBe(2);
    expect(warn).not.toHaveBeenCalled();
  });

  it('loads { items } JSON', async () => {
    answer(() => json({ items: [statistic('a')] }));
    expect((await loadFeed('https://bieb.example/feed', { schema, format: 'statistic' })).items).toHaveLength(1);
  });

  it('asks for JSON or CSV, sends no cross-site credentials, and passes a signal', async () => {
    answer(() => json([statistic('a')]));
    await loadFeed('https://bieb.example/cijfers.json', { schema, format: 'statistic' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('https://bieb.example/cijfers.json');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('accept')).toMatch(/application\/json/);
    expect(new Headers(init?.headers).get('accept')).toMatch(/text\/csv/);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
  });

  it('trusts the browser cache normally, and asks the server again for a fresh retry', async () => {
    answer(() => json([statistic('a')]));
    await loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic' });
    await loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic', fresh: true });
    expect(fetchMock.mock.calls.map(([, init]) => init?.cache)).toEqual(['default', 'no-cache']);
  });

  it('loads CSV when the server says text/csv', async () => {
    const csv = 'id,value,unit,label,year,source.name\na,"79,5",percent,Tekst,2021,CPB\n';
    answer(() => new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } }));
    const { items } = await loadFeed<{ value: number }>('https://bieb.example/feed', { schema, format: 'statistic' });
    expect(items).toHaveLength(1);
    expect(items[0].value).toBe(79.5);
  });

  it('loads CSV by its .csv file name when the server says nothing useful', async () => {
    const csv = 'id;value;unit;label;year;source.name\r\na;682;number;Tekst;2023;KB\r\n';
    answer(() => new Response(csv, { headers: { 'content-type': 'application/octet-stream' } }));
    const { items } = await loadFeed<{ value: number }>('https://bieb.example/cijfers.csv?v=2', { schema, format: 'statistic' });
    expect(items[0].value).toBe(682);
  });

  it('loads the sample spreadsheet of the stories (BOM, ";", decimal comma, JSON series)', async () => {
    const csv = readFileSync(new URL('../../../../stories/assets/statistics-sample.csv', import.meta.url), 'utf8');
    answer(() => new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    const { items, skipped } = await loadFeed<{ id: string; value: number; series?: unknown[] }>(
      'https://bieb.example/statistics-sample.csv',
      { schema, format: 'statistic' },
    );
    expect(skipped).toEqual([]);
    expect(items.map((item) => item.id)).toContain('library-visitors-helped');
    expect(items.find((item) => item.id === 'library-satisfaction')?.value).toBe(8.4);
    expect(items.find((item) => item.id === 'library-visitors-helped')?.series).toHaveLength(3);
  });

  it('fails with an http error, and its status, for a 404', async () => {
    answer(() => new Response('Not found', { status: 404, statusText: 'Not Found' }));
    const error = await loadError(loadFeed('https://bieb.example/weg.json', { schema, format: 'statistic' }));
    expect(error.code).toBe('http');
    expect(error.status).toBe(404);
    expect(error.message).toContain('404');
  });

  it('fails with an http error for a server error', async () => {
    answer(() => new Response('', { status: 503 }));
    const error = await loadError(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic' }));
    expect(error).toMatchObject({ code: 'http', status: 503 });
  });

  it('fails with a network error when fetch rejects', async () => {
    fetchMock.mockRejectedValue(new TypeError('fetch failed'));
    const error = await loadError(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic' }));
    expect(error.code).toBe('network');
    expect(error.message).toContain('https://bieb.example/feed.json');
  });

  it('fails with a timeout error when the server never answers', async () => {
    neverAnswers();
    const error = await loadError(loadFeed('https://bieb.example/slow.json', { schema, format: 'statistic', timeoutMs: 20 }));
    expect(error.code).toBe('timeout');
    expect(fetchMock.mock.calls[0][1]?.signal?.aborted).toBe(true);
  });

  it('waits 15 seconds by default before giving up', async () => {
    vi.useFakeTimers();
    neverAnswers();
    const settled = vi.fn();
    const promise = loadFeed('https://bieb.example/slow.json', { schema, format: 'statistic' }).then(settled, (error: unknown) => {
      settled(error);
    });
    await vi.advanceTimersByTimeAsync(14_900);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    await promise;
    expect(settled).toHaveBeenCalledWith(expect.objectContaining({ code: 'timeout' }));
  });

  it('rejects, but not as a network or timeout error, when the caller aborts', async () => {
    neverAnswers();
    const controller = new AbortController();
    const promise = loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic', signal: controller.signal });
    controller.abort();
    const error = await rejection(promise);
    expect(error).not.toBeInstanceOf(DataLoadError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('rejects as an abort when the caller’s signal was already aborted', async () => {
    answer(() => json([statistic('a')]));
    // A widget removed from the page before its load started must not fetch or render.
    const error = await rejection(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic', signal: AbortSignal.abort() }));
    expect(error).not.toBeInstanceOf(DataLoadError);
    expect((error as Error).name).toBe('AbortError');
  });

  it('fails with an invalid error when no row is usable, after naming them', async () => {
    answer(() => json([statistic('a', { value: 'veel' }), { id: 'b' }]));
    const onReport = vi.fn();
    const error = await loadError(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic', onReport }));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('2');
    expect(warn).toHaveBeenCalledTimes(1);
    // The report arrives before the error, so the check view can say why.
    expect(onReport).toHaveBeenCalledWith(expect.objectContaining({ total: 2, kept: 0, recordsLeftOut: [
      expect.objectContaining({ row: 1, field: 'value', reason: 'not-a-number', value: 'veel' }),
      expect.objectContaining({ row: 2, field: 'label', reason: 'missing' }),
    ] }));
  });

  it('gives zero items, not an error, for an empty list', async () => {
    answer(() => json([]));
    await expect(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic' })).resolves.toMatchObject({ items: [], skipped: [], total: 0, report: { total: 0, kept: 0 } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('gives zero items for an empty CSV with only a header', async () => {
    answer(() => new Response('id;value;unit\n', { headers: { 'content-type': 'text/csv' } }));
    expect((await loadFeed('https://bieb.example/feed', { schema, format: 'statistic' })).items).toEqual([]);
  });

  it('fails with a parse error for a body that is not JSON while the server says JSON', async () => {
    answer(() => new Response('<html>Oeps</html>', { headers: { 'content-type': 'application/json' } }));
    const error = await loadError(loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic' }));
    expect(error.code).toBe('parse');
  });

  it('drops fields that cannot be read, skips rows that cannot be shown, and warns once naming both', async () => {
    answer(() =>
      json([
        statistic('a'),
        statistic('b', { unit: 'liters' }),
        statistic('c', { value: 'veel' }),
        statistic('d', { source: { name: 'x', url: 'javascript:alert(1)' } }),
      ]),
    );
    const result = await loadFeed('https://bieb.example/feed.json', { schema, format: 'statistic', tag: 'dv-stat-grid' });
    expect(result.items.map((item) => (item as { id: string }).id)).toEqual(['a', 'b', 'd']);
    // An unknown unit is dropped and the schema's default takes its place.
    expect(result.items[1]).toMatchObject({ unit: 'number' });
    expect(result.items[2]).toMatchObject({ source: { name: 'x' } });
    expect(JSON.stringify(result.items)).not.toContain('javascript:');
    expect(result.total).toBe(4);
    expect(result.skipped).toEqual([expect.objectContaining({ row: 3, field: 'value' })]);
    expect(result.report).toMatchObject({ src: 'https://bieb.example/feed.json', format: 'statistic', kind: 'json', total: 4, kept: 3 });
    expect(result.report.fieldsLeftOut).toEqual([
      expect.objectContaining({ row: 2, field: 'unit', reason: 'unknown-choice', value: 'liters' }),
      expect.objectContaining({ row: 4, field: 'source.url', reason: 'unsafe-link' }),
    ]);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toContain('<dv-stat-grid>');
    expect(message).toContain('https://bieb.example/feed.json');
    expect(message).toContain('skipped 1 of 4');
    expect(message).toContain('row 3 (value): not-a-number "veel"');
    expect(message).toContain('left out 2 fields');
    expect(message).toContain('row 2 (unit)');
    expect(message).toContain('row 4 (source.url)');
  });

  it('names CSV rows by their line in the file', async () => {
    const csv = 'id,value,unit,label,year,source.name\na,1,number,A,2021,X\nb,veel,number,B,2021,X\n';
    answer(() => new Response(csv, { headers: { 'content-type': 'text/csv' } }));
    const result = await loadFeed('https://bieb.example/feed.csv', { schema, format: 'statistic' });
    expect(result.skipped).toEqual([expect.objectContaining({ row: 3, field: 'value' })]);
    expect(String(warn.mock.calls[0][0])).toContain('row 3 (value)');
  });
});

describe('warnSkippedRows', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says nothing when nothing was skipped', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnSkippedRows('dv-stat-card', 'feed.json', [], 3);
    expect(warn).not.toHaveBeenCalled();
  });

  it('names the first ten rows and counts the rest, in one warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const skipped = Array.from({ length: 13 }, (_, index) => ({ row: index + 1, field: index ? 'value' : '', message: 'bad' }));
    warnSkippedRows('dv-stat-grid', 'feed.json', skipped, 20);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0][0]);
    expect(message).toContain('skipped 13 of 20 rows in feed.json');
    expect(message).toContain('row 1: bad');
    expect(message).toContain('row 10 (value): bad');
    expect(message).not.toContain('row 11');
    expect(message).toContain('and 3 more');
  });
});
