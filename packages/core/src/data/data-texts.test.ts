import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localizedText } from '../text.js';
import { applyDataTexts, loadDataTexts, needsDataTexts, readDataTexts, translateData } from './data-texts.js';

const side = (language: string, texts: Record<string, unknown>) => ({ language, translates: 'x.json', status: 'needs-review-translation', texts });

describe('needsDataTexts', () => {
  it('is false for the languages the data carries itself, true for the others', () => {
    expect(['nl', 'en', 'ar', 'tr', 'pl', 'uk'].map((locale) => needsDataTexts(locale as never))).toEqual([false, false, true, true, true, true]);
  });
});

describe('readDataTexts', () => {
  it('reads the pairs of a side file for its language', () => {
    const texts = readDataTexts(side('tr', { 'Weet ik niet': 'Bilmiyorum', Bron: 'Kaynak' }), 'tr');
    expect([...texts]).toEqual([
      ['Weet ik niet', 'Bilmiyorum'],
      ['Bron', 'Kaynak'],
    ]);
  });

  it('skips values that are not text, and empty ones', () => {
    const texts = readDataTexts(side('pl', { a: 'A', b: 5, c: '  ', d: null, e: { nl: 'x' } }), 'pl');
    expect([...texts.keys()]).toEqual(['a']);
  });

  it('gives nothing for a file of another language, or not in this form', () => {
    expect(readDataTexts(side('ar', { a: 'A' }), 'tr').size).toBe(0);
    expect(readDataTexts({ language: 'tr', texts: ['a'] }, 'tr').size).toBe(0);
    expect(readDataTexts([], 'tr').size).toBe(0);
    expect(readDataTexts(null, 'tr').size).toBe(0);
    expect(readDataTexts('{"language":"tr"}', 'tr').size).toBe(0);
  });
});

describe('applyDataTexts', () => {
  const texts = new Map([
    ['Informatie vinden', 'Bilgi bulmak'],
    ['Bron', 'Kaynak'],
    ['Weet ik niet', 'Bilmiyorum'],
  ]);

  it('adds the language to every text record it knows the Dutch of, deep in lists and objects', () => {
    const data = {
      title: { nl: 'Informatie vinden', en: 'Finding information' },
      areas: [{ id: 'a', title: { nl: 'Bron' }, questions: [{ text: { nl: 'Onbekend', en: 'Unknown' } }] }],
      scale: [{ label: { nl: 'Weet ik niet', en: "I don't know" } }],
    };
    expect(applyDataTexts(data, texts, 'tr')).toBe(3);
    expect(data.title).toEqual({ nl: 'Informatie vinden', en: 'Finding information', tr: 'Bilgi bulmak' });
    expect(data.areas[0]!.title).toEqual({ nl: 'Bron', tr: 'Kaynak' });
    expect(data.scale[0]!.label).toEqual({ nl: 'Weet ik niet', en: "I don't know", tr: 'Bilmiyorum' });
  });

  it('falls back per text: a text the side file lacks shows in English, else Dutch', () => {
    const data = [{ nl: 'Onbekend', en: 'Unknown' }, { nl: 'Alleen Nederlands' }, { nl: 'Bron', en: 'Source' }];
    applyDataTexts(data, texts, 'tr');
    expect(data.map((text) => localizedText(text, 'tr'))).toEqual(['Unknown', 'Alleen Nederlands', 'Kaynak']);
  });

  it("keeps a record's own text in the language", () => {
    const data = { label: { nl: 'Bron', tr: 'Kaynakça' } };
    expect(applyDataTexts(data, texts, 'tr')).toBe(0);
    expect(data.label.tr).toBe('Kaynakça');
  });

  it('leaves alone what is not a text record: plain strings, ids, objects with other keys', () => {
    const data = { id: 'Bron', name: 'Bron', source: { name: 'Bron', nl: 'Bron' }, counts: { nl: 3 } };
    const before = JSON.stringify(data);
    expect(applyDataTexts(data, texts, 'tr')).toBe(0);
    expect(JSON.stringify(data)).toBe(before);
  });

  it('adds nothing for Dutch or English, or without texts', () => {
    const data = { title: { nl: 'Bron' } };
    expect(applyDataTexts(data, texts, 'en')).toBe(0);
    expect(applyDataTexts(data, new Map(), 'tr')).toBe(0);
    expect(data.title).toEqual({ nl: 'Bron' });
  });
});

describe('loadDataTexts and translateData (over HTTP)', () => {
  let server: Server;
  let base = '';
  let requests: string[] = [];
  const files: Record<string, unknown> = {
    '/set.tr.json': side('tr', { 'Weet ik niet': 'Bilmiyorum' }),
    '/set.pl.json': side('pl', { 'Weet ik niet': 'Nie wiem' }),
    '/broken.tr.json': '{ "language": "tr", ',
  };

  beforeAll(async () => {
    server = createServer((request, response) => {
      requests.push(request.url!);
      const body = files[request.url!];
      if (body === undefined) {
        response.writeHead(404).end('not found');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a side file once per page and gives the data its language', async () => {
    requests = [];
    const url = (locale: string) => `${base}/set.${locale}.json`;
    const first = { scale: [{ label: { nl: 'Weet ik niet', en: "I don't know" } }] };
    const second = { label: { nl: 'Weet ik niet' } };
    expect(await translateData(first, url, 'tr')).toBe(true);
    expect(await translateData(second, url, 'tr')).toBe(true);
    expect(await translateData(first, url, 'tr')).toBe(true);
    expect(first.scale[0]!.label).toMatchObject({ tr: 'Bilmiyorum' });
    expect(second.label).toMatchObject({ tr: 'Bilmiyorum' });
    expect(await translateData(first, url, 'pl')).toBe(true);
    expect(first.scale[0]!.label).toEqual({ nl: 'Weet ik niet', en: "I don't know", tr: 'Bilmiyorum', pl: 'Nie wiem' });
    expect(requests).toEqual(['/set.tr.json', '/set.pl.json']);
  });

  it('loads nothing for Dutch or English', async () => {
    requests = [];
    expect(await translateData({ a: { nl: 'Weet ik niet' } }, (locale) => `${base}/set.${locale}.json`, 'en')).toBe(false);
    expect(requests).toEqual([]);
  });

  it('never fails: a missing or broken side file adds nothing, says so in the console, and is asked for again later', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      requests = [];
      const data = { label: { nl: 'Weet ik niet', en: "I don't know" } };
      expect(await translateData(data, (locale) => `${base}/missing.${locale}.json`, 'uk')).toBe(false);
      expect(localizedText(data.label, 'uk')).toBe("I don't know");
      expect(await translateData(data, (locale) => `${base}/missing.${locale}.json`, 'uk')).toBe(false);
      expect(requests).toEqual(['/missing.uk.json', '/missing.uk.json']);
      expect((await loadDataTexts(`${base}/broken.tr.json`, 'tr')).size).toBe(0);
      expect(warn).toHaveBeenCalledTimes(3);
      expect(String(warn.mock.calls[0]![0])).toMatch(/uk texts of the data .*missing\.uk\.json.* English or Dutch is shown/);
    } finally {
      warn.mockRestore();
    }
  });
});
