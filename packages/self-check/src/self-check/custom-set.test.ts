import { WidgetProblem, type DataReport } from '@digivaardig/core';
import digiq from '@digivaardig/data/data/questions-digiq.json';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCustomSet } from './custom-set.js';

type Set = typeof digiq & Record<string, unknown>;

describe('loadCustomSet: a library’s own question set through the shared pipeline', () => {
  let reports: DataReport[];
  const serve = (body: unknown) =>
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })));
  const load = () =>
    loadCustomSet('https://bieb.example/set.json', { signal: new AbortController().signal, tag: 'dv-self-check', fresh: false, onReport: (report) => reports.push(report) });
  const copy = () => structuredClone(digiq) as Set;

  beforeEach(() => {
    reports = [];
    vi.stubGlobal('document', { baseURI: 'https://bieb.example/' });
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('gives a good set as it is, and reports it whole', async () => {
    serve(digiq);
    expect(await load()).toEqual(digiq);
    expect(reports).toEqual([expect.objectContaining({ format: 'question-set', total: 1, kept: 1, recordsLeftOut: [], fieldsLeftOut: [] })]);
  });

  it('leaves out an optional field that cannot be read, and still gives the set', async () => {
    const set = copy();
    set.intro = 5 as never;
    (set.areas[0]!.questions[0] as Record<string, unknown>).help = { en: 'no Dutch' };
    serve(set);
    const loaded = await load();
    expect(loaded).not.toHaveProperty('intro');
    expect(loaded.areas[0]!.questions[0]).not.toHaveProperty('help');
    expect(loaded.areas[0]!.questions).toHaveLength(digiq.areas[0]!.questions.length);
    expect(reports[0]!.fieldsLeftOut.map((issue) => issue.field).sort()).toEqual(['areas.0.questions.0.help', 'intro']);
  });

  it('refuses the set for a question that cannot be read, naming its place', async () => {
    const set = copy();
    delete (set.areas[1]!.questions[0] as Record<string, unknown>).text;
    serve(set);
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WidgetProblem);
    expect(error).toMatchObject({ problem: { code: 'invalid-set', detail: 'areas.1.questions.0.text' } });
    expect(reports[0]).toMatchObject({ kept: 0, recordsLeftOut: [{ row: 1, field: 'areas.1.questions.0.text', reason: 'missing' }] });
  });

  it('refuses the set for a rule JSON Schema cannot say (ids used twice)', async () => {
    const set = copy();
    set.areas[1]!.questions[0]!.id = set.areas[0]!.questions[0]!.id;
    serve(set);
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ problem: { code: 'invalid-set', detail: 'areas.1.questions.0.id' } });
    expect(reports[0]).toMatchObject({ kept: 0, recordsLeftOut: [expect.objectContaining({ reason: 'invalid' })] });
  });

  it('passes a network failure on as it is', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nee', { status: 404 })));
    await expect(load()).rejects.toMatchObject({ name: 'DataLoadError', code: 'http' });
  });
});
