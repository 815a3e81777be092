import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyDataTexts, readDataTexts } from '../../core/src/data/data-texts.js';
import { localizedText } from '../../core/src/text.js';
import { courseSamplesTextsUrl } from './course-samples.js';
import { outlineTextsUrl } from './outline.js';
import { questionSetFileUrl } from './question-sets.js';
import { statisticsTextsUrl } from './statistics.js';

/*
 * The embedded data's texts in Arabic, Turkish, Polish and Ukrainian: side files beside
 * each data file, which a widget fetches for a visitor in that language (DataTexts in
 * @digivaardig/core). These checks make sure each one reaches every text of its data.
 */

const LANGUAGES = ['ar', 'tr', 'pl', 'uk'] as const;
type Language = (typeof LANGUAGES)[number];
const NAMES: Record<Language, string> = { ar: 'Arabic', tr: 'Turkish', pl: 'Polish', uk: 'Ukrainian' };

const DATA: Record<string, (locale: Language) => string> = {
  'statistics.json': statisticsTextsUrl,
  'questions-digiq.json': (locale) => questionSetFileUrl(`digiq.${locale}`),
  'questions-slo.json': (locale) => questionSetFileUrl(`slo.${locale}`),
  'courses-sample.json': courseSamplesTextsUrl,
  'nl-outline.json': outlineTextsUrl,
};

const read = (url: string | URL): unknown => JSON.parse(readFileSync(url instanceof URL ? url : new URL(url), 'utf8'));

/** Every text record ({ nl, … }) in the data. */
function textRecords(value: unknown, found: Record<string, string>[] = []): Record<string, string>[] {
  if (Array.isArray(value)) for (const item of value) textRecords(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string' && Object.values(record).every((text) => typeof text === 'string')) found.push(record as Record<string, string>);
    else for (const item of Object.values(record)) textRecords(item, found);
  }
  return found;
}

describe.each(Object.entries(DATA))('the texts of %s in other languages', (file, urlOf) => {
  it.each(LANGUAGES)('%s: a side file that names its language and data, marked as awaiting review', (language) => {
    const url = urlOf(language);
    expect(fileURLToPath(url)).toMatch(new RegExp(`/packages/data/data/${file.replace('.json', '')}\\.${language}\\.json$`));
    const side = read(url) as Record<string, unknown>;
    expect(side.language).toBe(language);
    expect(side.translates).toBe(file);
    expect(side.status).toBe('needs-review-translation');
    expect(side.note).toContain(`only for a visitor in ${NAMES[language]}`);
    expect(side.note).not.toContain('does not take');
  });

  it.each(LANGUAGES)('%s: gives every text of the data its language, and keeps Dutch and English as they were', (language) => {
    const data = read(new URL(`../data/${file}`, import.meta.url));
    const before = textRecords(data).map((record) => ({ ...record }));
    const texts = readDataTexts(read(urlOf(language)), language);
    const records = textRecords(data);
    expect(records.length).toBeGreaterThan(0);
    expect(applyDataTexts(data, texts, language)).toBe(records.length);
    records.forEach((record, i) => {
      expect(record.nl).toBe(before[i]!.nl);
      expect(record.en).toBe(before[i]!.en);
      expect(localizedText(record as { nl: string }, language)).toBe(texts.get(record.nl));
    });
    // Nothing in the side file that the data does not have (a key left over from an old Dutch text).
    const dutch = new Set(records.map((record) => record.nl));
    expect([...texts.keys()].filter((key) => !dutch.has(key))).toEqual([]);
  });
});
