import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, registerCatalogs, translator, type Statistic } from '@digivaardig/core';
import { spokenStatValue, statisticScript } from './script.js';

beforeAll(async () => {
  registerCatalogs({ en: () => import('../generated/locales/en.js') });
  await loadCatalogs('en');
});

const nl = translator('nl');
const en = () => translator('en');

const skills: Statistic = {
  id: 'skills',
  value: 4.5e6,
  unit: 'people',
  label: { nl: 'Nederlanders met weinig digitale vaardigheden', en: 'People in the Netherlands with few digital skills' },
  year: 2024,
  source: { name: 'CBS' },
};

describe('stat card read-aloud script', () => {
  it('reads the figure with its label, the source and the year (Dutch)', () => {
    expect(statisticScript(nl, skills)).toEqual(['Nederlanders met weinig digitale vaardigheden: 4,5 miljoen.', 'Bron: CBS.', 'Gemeten in 2024.']);
  });

  it('reads the figure in English for an English card', () => {
    expect(statisticScript(en(), skills)).toEqual(['People in the Netherlands with few digital skills: 4.5 million.', 'Source: CBS.', 'Measured in 2024.']);
  });

  it('says units in words, and the figure it is compared with', () => {
    const share: Statistic = {
      id: 'share',
      value: 79.5,
      unit: 'percent',
      label: 'Doet zaken met de overheid online',
      compare: { value: 71, label: 'In 2020' },
    };
    expect(statisticScript(nl, share)).toEqual(['Doet zaken met de overheid online: 79,5 procent.', 'In 2020: 71 procent.', 'Bron onbekend.']);
    expect(spokenStatValue(en(), 79.5, 'percent')).toBe('79.5 percent');
    expect(spokenStatValue(nl, 2.5, 'euro')).toBe('2,50 euro');
    expect(spokenStatValue(nl, 2e6, 'euro')).toBe('2 miljoen euro');
    expect(spokenStatValue(en(), 2e6, 'euro')).toBe('2 million euros');
  });
});
