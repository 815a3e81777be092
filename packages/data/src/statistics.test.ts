import { validateRecords } from '@digivaardig/core/loader';
import statisticSchema from '@digivaardig/core/schemas/statistic.schema.json';
import { formatStatValue, type Statistic } from '@digivaardig/core';
import { describe, expect, it } from 'vitest';
import dataset from '../data/statistics.json';
import { statistics } from './statistics.js';

/** The schema type validateRecords takes (@cfworker/json-schema is core's dependency, not ours). */
const schema = statisticSchema as unknown as Parameters<typeof validateRecords>[1];
const byId = (id: string) => statistics.find((statistic) => statistic.id === id);

/** Every localized text of a statistic, with a readable path for failure messages. */
function texts(statistic: Statistic): [string, unknown][] {
  const found: [string, unknown][] = [
    [`${statistic.id} label`, statistic.label],
    [`${statistic.id} description`, statistic.description],
  ];
  if (statistic.compare) found.push([`${statistic.id} compare.label`, statistic.compare.label]);
  return found;
}

describe('the embedded statistics', () => {
  it('are the items of data/statistics.json', () => {
    expect(statistics).toBe(dataset.items);
  });

  it('all validate against the statistic schema, none skipped', () => {
    const { items, skipped } = validateRecords(statistics, schema);
    expect(skipped).toEqual([]);
    expect(items).toHaveLength(statistics.length);
  });

  it('hold at least 20 figures', () => {
    expect(statistics.length).toBeGreaterThanOrEqual(20);
  });

  it('have unique ids', () => {
    const ids = statistics.map((statistic) => statistic.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cover every topic', () => {
    const topics = new Set(statistics.map((statistic) => statistic.topic));
    for (const topic of ['skills', 'government', 'ido', 'access', 'safety']) expect(topics, topic).toContain(topic);
    for (const statistic of statistics) expect(statistic.topic, statistic.id).toBeDefined();
  });

  it('have every label and description in Dutch and English', () => {
    for (const statistic of statistics) {
      for (const [where, text] of texts(statistic)) {
        expect(text, where).toBeTypeOf('object');
        const { nl, en } = text as { nl?: string; en?: string };
        expect(nl?.trim(), `${where} nl`).toBeTruthy();
        expect(en?.trim(), `${where} en`).toBeTruthy();
        expect(en, `${where}: English equals Dutch`).not.toBe(nl);
      }
    }
  });

  it('name a source and a year for every figure, with a web address where there is one', () => {
    for (const statistic of statistics) {
      expect(statistic.source, statistic.id).toBeDefined();
      const source = statistic.source!;
      expect(source.name.trim(), statistic.id).not.toBe('');
      expect(statistic.year, statistic.id).toBeGreaterThanOrEqual(2000);
      expect(statistic.year, statistic.id).toBeLessThanOrEqual(new Date().getFullYear());
      if (source.url) expect(source.url, statistic.id).toMatch(/^https:\/\//);
    }
  });

  it('have percentages between 0 and 100', () => {
    for (const statistic of statistics.filter((s) => s.unit === 'percent')) {
      expect(statistic.value, statistic.id).toBeGreaterThanOrEqual(0);
      expect(statistic.value, statistic.id).toBeLessThanOrEqual(100);
    }
  });

  it('have at least two points in every series, each with a label', () => {
    for (const statistic of statistics.filter((s) => s.series)) {
      expect(statistic.series!.length, statistic.id).toBeGreaterThanOrEqual(2);
      for (const point of statistic.series!) expect(point.label, statistic.id).toBeTruthy();
    }
  });

  it('end a year series with the figure itself', () => {
    for (const statistic of statistics.filter((s) => s.series?.every((p) => /^\d{4}$/.test(String(p.label))))) {
      const last = statistic.series![statistic.series!.length - 1];
      expect(last.value, statistic.id).toBe(statistic.value);
      expect(last.label, statistic.id).toBe(String(statistic.year));
    }
  });

  it('hold no HTML in any text', () => {
    for (const statistic of statistics) expect(JSON.stringify(statistic), statistic.id).not.toMatch(/<[a-z/!]/i);
  });
});

describe('the key facts of the product contract', () => {
  it('79% of Dutch people have at least basic digital skills, against an EU average of 58%', () => {
    const statistic = byId('basic-digital-skills-nl');
    expect(statistic).toMatchObject({ value: 79, unit: 'percent' });
    expect(statistic?.compare?.value).toBe(58);
  });

  it('active DigiD accounts grew from 9.8 million in 2012 to over 18 million in 2021', () => {
    const statistic = byId('digid-accounts');
    expect(statistic?.series).toEqual([
      { label: '2012', value: 9_800_000 },
      { label: '2021', value: 18_000_000 },
    ]);
    expect(statistic?.value).toBe(18_000_000);
  });

  it('682 library branches host an IDO', () => {
    expect(byId('ido-library-branches')).toMatchObject({ value: 682, unit: 'number', topic: 'ido', year: 2023 });
  });

  it('the 100,000th IDO question was registered in 2023', () => {
    expect(byId('ido-questions-answered')).toMatchObject({ value: 100_000, year: 2023 });
  });

  // Issue #12: the card shows the figure big; a label that says it again reads twice.
  it('no label (nor compare label) contains its own figure, as the card formats it or in digits', () => {
    const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').toLowerCase();
    const repeats: string[] = [];
    for (const statistic of statistics) {
      for (const locale of ['nl', 'en'] as const) {
        const figures = [
          formatStatValue(statistic.value, statistic.unit, locale),
          ...(statistic.compare ? [formatStatValue(statistic.compare.value, statistic.unit, locale)] : []),
        ].map(plain);
        const labels = [statistic.label, statistic.compare?.label].filter(Boolean).map((label) => plain((label as Record<string, string>)[locale] ?? ''));
        for (const label of labels) {
          for (const figure of figures) if (label.includes(figure)) repeats.push(`${statistic.id} (${locale}): "${label}" has "${figure}"`);
          // The leading number of the figure ("18" of "18 miljoen", "87" of "87%").
          const lead = figures[0].match(/\d+(?:[.,]\d+)?/)?.[0];
          if (lead && new RegExp(`(^|[^\\d.,])${lead.replace(/[.,]/g, '[.,]')}($|[^\\d])`).test(label)) {
            repeats.push(`${statistic.id} (${locale}): "${label}" has ${lead}`);
          }
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it('the Dutch texts and the source names (shown in every language) have no English "for"', () => {
    const found: string[] = [];
    for (const statistic of statistics) {
      for (const [path, text] of texts(statistic)) {
        const nl = (text as Record<string, string> | undefined)?.nl ?? '';
        if (/\bfor\b/i.test(nl)) found.push(`${path}: ${nl}`);
      }
      if (/\bfor\b/i.test(statistic.source?.name ?? '')) found.push(`${statistic.id} source: ${statistic.source?.name}`);
    }
    expect(found).toEqual([]);
  });
});
