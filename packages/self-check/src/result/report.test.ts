import { describe, expect, it } from 'vitest';
import { scoreCheck, type QuestionSet } from '@digivaardig/core';
import { areaReports, reportFileName, reportText, type ReportWords } from './report.js';
import { courseFinderHref } from './course-link.js';

const SET: QuestionSet = {
  framework: 'test',
  version: '1',
  title: { nl: 'Test', en: 'Check' },
  scale: [
    { id: 'no', value: 0, label: 'Nee' },
    { id: 'yes', value: 1, label: 'Ja' },
    { id: 'dont-know', value: null, label: 'Weet ik niet' },
  ],
  levels: [
    { id: 'low', min: 0, label: { nl: 'Laag', en: 'Low' }, description: 'Nog veel te leren.' },
    { id: 'mid', min: 40, label: 'Midden' },
    { id: 'high', min: 80, label: 'Hoog' },
  ],
  areas: [
    {
      id: 'mail',
      title: { nl: 'E-mail', en: 'Email' },
      questions: [{ id: 'm1', text: '1' }, { id: 'm2', text: '2' }],
      advice: { low: { nl: 'Oefen eerst.', en: 'Practise first.' }, mid: 'Goed op weg.', high: 'Top!' },
      links: [
        { title: 'Klik & Tik', programme: 'klik-en-tik', url: 'https://oefenen.nl/' },
        { title: 'Cursus zoeken', programme: 'course-finder', topic: 'communication' },
      ],
    },
    { id: 'web', title: 'Web', questions: [{ id: 'w1', text: '3' }] },
  ],
};

const WORDS: ReportWords = {
  heading: 'Jouw uitslag',
  date: 'Gemaakt op 3 december 2024.',
  level: (level) => `Niveau: ${level}`,
  score: (score) => `${score} van 100`,
  noLevel: 'Geen niveau.',
  help: 'Hulp:',
  footer: 'Einde.',
};

describe('courseFinderHref', () => {
  it('links to the course finder on this page or another, on one topic', () => {
    expect(courseFinderHref('safety')).toBe('#dv-course-finder?topics=safety');
    expect(courseFinderHref('e-government', 'https://bieb.nl/cursussen')).toBe(
      'https://bieb.nl/cursussen#dv-course-finder?topics=e-government',
    );
    expect(courseFinderHref('ai', 'https://bieb.nl/c?x=1#top')).toBe('https://bieb.nl/c?x=1#dv-course-finder?topics=ai');
  });
});

describe('areaReports', () => {
  const result = scoreCheck(SET, { m1: 'no', m2: 'yes', w1: 'dont-know' });

  it('gives each area its level in words, the advice for it and its links', () => {
    const [mail, web] = areaReports(SET, result, 'nl', '');
    expect(mail).toMatchObject({ id: 'mail', title: 'E-mail', level: 'Midden', advice: 'Goed op weg.' });
    expect(mail!.links).toEqual([
      { title: 'Klik & Tik', href: 'https://oefenen.nl/', programme: 'klik-en-tik', courseFinder: false },
      { title: 'Cursus zoeken', href: '#dv-course-finder?topics=communication', programme: 'course-finder', courseFinder: true },
    ]);
    expect(web).toMatchObject({ id: 'web', level: '', advice: '', links: [] });
    expect(web!.score.score).toBeNull();
  });

  it('leaves course-finder links out when there is no course finder to go to', () => {
    const [mail] = areaReports(SET, result, 'nl', undefined);
    expect(mail!.links.map((link) => link.title)).toEqual(['Klik & Tik']);
  });

  it('speaks the visitor’s language', () => {
    const low = scoreCheck(SET, { m1: 'no', m2: 'no' }, 'mail');
    expect(areaReports(SET, low, 'en', '')[0]).toMatchObject({ title: 'Email', level: 'Low', advice: 'Practise first.' });
  });
});

describe('reportText', () => {
  it('writes every area with its level, score, advice and full link addresses', () => {
    const result = scoreCheck(SET, { m1: 'no', m2: 'yes', w1: 'dont-know' });
    const text = reportText('Test', areaReports(SET, result, 'nl', ''), WORDS, 'https://bieb.nl/test#oud');
    expect(text.split('\r\n')).toEqual([
      'Test',
      '====',
      '',
      'Jouw uitslag',
      'Gemaakt op 3 december 2024.',
      '',
      'E-mail',
      '------',
      'Niveau: Midden (50 van 100)',
      '',
      'Goed op weg.',
      '',
      'Hulp:',
      '- Klik & Tik: https://oefenen.nl/',
      '- Cursus zoeken: https://bieb.nl/test#dv-course-finder?topics=communication',
      '',
      'Web',
      '---',
      'Geen niveau.',
      '',
      'Einde.',
      '',
    ]);
  });
});

describe('reportFileName', () => {
  it('is safe for every file system', () => {
    expect(reportFileName('uitslag', 'digiq', new Date('2024-12-03T10:00:00Z'))).toBe('uitslag-digiq-2024-12-03.txt');
    expect(reportFileName('Result', 'Mijn Set/../x', new Date('2024-01-01T00:00:00Z'))).toBe('result-mijn-set-x-2024-01-01.txt');
  });
});
