import { exampleMarkup, formatStatValue, type Statistic } from '@digivaardig/core';
import { feedKind, parseFeed, validateRecords } from '@digivaardig/core/loader';
import statisticSchema from '@digivaardig/core/schemas/statistic.schema.json';
import { statistics } from '@digivaardig/data/statistics';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHART_TYPES } from './chart/chart-data.js';
import { statCardExamples } from './examples.js';
import { UNITS } from './stat-card/inline-statistic.js';
import { statisticFromAttributes } from './stat-card/series-attribute.js';
import { TOPICS } from './stat-grid/select-statistics.js';

/*
 * The examples feed the stories, the browser tests and the docs. These checks catch a
 * broken example before Chromium does: a typo in an id, a missing asset, a bad attribute.
 */

/** The schema type validateRecords takes (@cfworker/json-schema is core's dependency, not ours). */
const schema = statisticSchema as unknown as Parameters<typeof validateRecords>[1];
const assets = fileURLToPath(new URL('../../../stories/assets/', import.meta.url));
const embeddedIds = new Set(statistics.map((statistic) => statistic.id));
/** Relative src URLs that must not be files: the test server answers them specially. */
const SPECIAL_SOURCES = ['assets/never-answers.json', 'assets/does-not-exist.json'];

const relativeSrc = (src: string) => !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//');

/** The statistics in an example's src feed, as the loader would keep them. */
async function feed(src: string): Promise<{ items: Statistic[]; skipped: number }> {
  const file = assets + src.replace(/^assets\//, '');
  const text = readFileSync(file, 'utf8');
  const { records, rowNumber } = await parseFeed(text, feedKind(src, null, text), schema);
  const { items, skipped } = validateRecords<Statistic>(records, schema, rowNumber);
  return { items, skipped: skipped.length };
}

const idsOf = (example: (typeof statCardExamples)[number]): string[] => {
  const { stat, stats } = example.attributes;
  return [stat, stats]
    .filter((value): value is string => typeof value === 'string')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
};

describe('statCardExamples', () => {
  it('are there, with unique names', () => {
    const names = statCardExamples.map((example) => example.name);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  it('each use <dv-stat-card> or <dv-stat-grid>', () => {
    for (const example of statCardExamples) expect(['dv-stat-card', 'dv-stat-grid'], example.name).toContain(example.tag);
  });

  it('cover every state a widget can settle in', () => {
    const states = new Set(statCardExamples.map((example) => example.settles));
    for (const state of ['ready', 'empty', 'error', 'loading']) expect(states, state).toContain(state);
  });

  it('each describe what they show', () => {
    for (const example of statCardExamples) expect(example.description.trim(), example.name).not.toBe('');
  });

  it('use only ids of the embedded dataset, unless they load their own feed or show an error', () => {
    for (const example of statCardExamples) {
      if (example.attributes.src || example.settles === 'error') continue;
      for (const id of idsOf(example)) expect(embeddedIds, `${example.name}: ${id}`).toContain(id);
    }
  });

  it('show an unknown id only in an error example, with an id the dataset really lacks', () => {
    const unknown = statCardExamples.filter((example) => example.name === 'Unknown statistic');
    for (const example of unknown) {
      expect(example.settles).toBe('error');
      for (const id of idsOf(example)) expect(embeddedIds).not.toContain(id);
    }
  });

  it('load src files that exist under stories/assets/ (except the never-answers and 404 cases)', () => {
    for (const example of statCardExamples) {
      const src = example.attributes.src;
      if (typeof src !== 'string' || !relativeSrc(src)) continue;
      expect(src, example.name).toMatch(/^assets\//);
      const file = assets + src.replace(/^assets\//, '');
      if (SPECIAL_SOURCES.includes(src)) {
        expect(existsSync(file), `${example.name}: ${src} must not exist`).toBe(false);
        continue;
      }
      expect(existsSync(file), `${example.name}: ${src}`).toBe(true);
    }
  });

  it('settle as their feeds allow: ready with usable rows, empty with none, ids present in the feed', async () => {
    for (const example of statCardExamples) {
      const src = example.attributes.src;
      if (typeof src !== 'string' || SPECIAL_SOURCES.includes(src)) continue;
      const { items, skipped } = await feed(src);
      const feedIds = new Set(items.map((item) => item.id));
      if (example.settles === 'ready') expect(items.length, example.name).toBeGreaterThan(0);
      if (example.settles === 'empty') expect(items.length, example.name).toBe(0);
      for (const id of idsOf(example)) expect(feedIds, `${example.name}: ${id}`).toContain(id);
      if (/bad rows/i.test(example.name)) expect(skipped, example.name).toBeGreaterThan(0);
    }
  });

  it('use only allowed values for choice attributes', () => {
    for (const example of statCardExamples) {
      const { chart, unit, topic, lang, theme, 'heading-level': level } = example.attributes;
      if (chart !== undefined) expect(CHART_TYPES, example.name).toContain(chart);
      if (unit !== undefined) expect(UNITS, example.name).toContain(unit);
      if (topic !== undefined) expect(TOPICS, example.name).toContain(topic);
      if (lang !== undefined) expect(['nl', 'en'], example.name).toContain(lang);
      if (theme !== undefined) expect(['auto', 'light', 'dark'], example.name).toContain(theme);
      if (level !== undefined) expect(String(level), example.name).toMatch(/^[1-6]$/);
    }
  });

  it('show a topic that has statistics in the embedded dataset', () => {
    for (const example of statCardExamples) {
      const topic = example.attributes.topic;
      if (typeof topic === 'string' && !example.attributes.src) {
        expect(statistics.some((statistic) => statistic.topic === topic), example.name).toBe(true);
      }
    }
  });

  it('give inline statistics without any attribute problem', () => {
    for (const example of statCardExamples.filter((e) => e.attributes.value !== undefined)) {
      const a = example.attributes as Record<string, string>;
      const { statistic, problems } = statisticFromAttributes(
        {
          value: a.value,
          unit: a.unit,
          label: a.label,
          year: a.year,
          source: a.source,
          sourceUrl: a['source-url'],
          compareValue: a['compare-value'],
          compareLabel: a['compare-label'],
          description: a.description,
          series: a.series,
        },
        undefined,
        'https://bibliotheek.example/',
      );
      expect(problems, example.name).toEqual([]);
      expect(statistic, example.name).toBeDefined();
    }
  });

  it('show, for a single embedded statistic, text that the card can render', () => {
    // "Default" shows "79%": the formatted value of basic-digital-skills-nl.
    const example = statCardExamples.find((e) => e.name === 'Default')!;
    const statistic = statistics.find((s) => s.id === example.attributes.stat)!;
    expect(example.shows).toBe(formatStatValue(statistic.value, statistic.unit, 'nl'));
  });

  it('make markup a webmaster can paste', () => {
    for (const example of statCardExamples) {
      const markup = exampleMarkup(example);
      expect(markup, example.name).toMatch(new RegExp(`^<${example.tag}[ >].*</${example.tag}>$`, 's'));
    }
  });
});
