import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, registerCatalogs, translator } from '@digivaardig/core';
import type { AreaLink, AreaReport } from '../result/report.js';
import { resultPlan } from '../result/plan.js';
import { questionScript, resultScript } from './script.js';

beforeAll(async () => {
  registerCatalogs({ en: () => import('../generated/locales/en.js') });
  await loadCatalogs('en');
});

const nl = translator('nl');
const en = () => translator('en');

const link = (programme: string, title: string): AreaLink => ({ title, href: `https://example.org/${programme}`, programme, courseFinder: programme === 'course-finder' });

function report(id: string, title: string, level: string, advice: string, links: AreaLink[] = []): AreaReport {
  const score = { id, score: level ? 20 : null, level: level ? 'start' : null, answered: 3, unscored: 0, total: 3 };
  return { id, title, score, level, levelDescription: '', advice, links };
}

describe('self-check read-aloud script', () => {
  it('reads the statement with its number and the answers to choose from (Dutch)', () => {
    const screen = { step: 2, count: 12, statement: 'Ik kan een e-mail sturen', answers: ['Ja', 'Een beetje', 'Nee', 'Weet ik niet'] };
    expect(questionScript(nl, screen)).toEqual([
      'Vraag 3 van 12.',
      'Ik kan een e-mail sturen.',
      'Je kunt kiezen: Ja, Een beetje, Nee of Weet ik niet.',
    ]);
  });

  it('reads the statement in English for an English widget', () => {
    const screen = { step: 0, count: 5, statement: 'I can send an e-mail.', answers: ['Yes', 'A little', 'No'] };
    expect(questionScript(en(), screen)).toEqual(['Question 1 of 5.', 'I can send an e-mail.', 'You can choose: Yes, A little or No.']);
  });

  it('reads the areas to learn most with advice and next step, then one line about the others', () => {
    const reports = [
      report('mail', 'E-mail', 'Goed op weg', 'Je kunt al veel.'),
      report('safe', 'Veilig online', 'Beginner', 'Oefen met sterke wachtwoorden. Vraag hulp in de bibliotheek.', [
        link('klik-en-tik', 'Klik & Tik'),
        link('ido', 'Hulp bij het IDO'),
      ]),
      report('gov', 'Overheid', 'Beginner', 'Oefen met DigiD.'),
    ];
    const plan = resultPlan(reports, ['safe']);
    expect(resultScript(nl, plan)).toEqual([
      'Hier kun je het meeste leren.',
      'Veilig online: Beginner.',
      'Oefen met sterke wachtwoorden.',
      'Vraag hulp in de bibliotheek.',
      'Volgende stap: Hulp bij het IDO.',
      'Over E-mail en Overheid lees je meer op het scherm.',
    ]);
    expect(resultScript(en(), plan)).toEqual([
      'This is where you can learn most.',
      'Veilig online: Beginner.',
      'Oefen met sterke wachtwoorden.',
      'Vraag hulp in de bibliotheek.',
      'Next step: Hulp bij het IDO.',
      'You can read more about E-mail and Overheid on the screen.',
    ]);
  });

  it('reads the summary and every area with its level when nothing is left to learn first', () => {
    const reports = [report('mail', 'E-mail', 'Gevorderd', ''), report('safe', 'Veilig online', '', '')];
    expect(resultScript(nl, resultPlan(reports, []), 'Je kunt al heel veel')).toEqual([
      'Je kunt al heel veel.',
      'E-mail: Gevorderd.',
      'Veilig online.',
    ]);
  });
});
