import { describe, expect, it } from 'vitest';
import type { AreaLink, AreaReport } from './report.js';
import { LEARN_FIRST, nextStep, resultPlan } from './plan.js';

const link = (programme: string, title = programme): AreaLink => ({ title, href: `https://example.org/${programme}`, programme, courseFinder: programme === 'course-finder' });

function report(id: string, links: AreaLink[] = []): AreaReport {
  const score = { id, score: 10, level: 'beginner', answered: 2, unscored: 0, total: 2 };
  return { id, title: id, score, level: 'Beginner', levelDescription: '', advice: 'Oefen.', links };
}

describe('nextStep', () => {
  it('prefers a course nearby, then the IDO, then the first practice site', () => {
    expect(nextStep([link('klik-en-tik'), link('ido'), link('course-finder')])?.programme).toBe('course-finder');
    expect(nextStep([link('klik-en-tik'), link('ido')])?.programme).toBe('ido');
    expect(nextStep([link('other', 'first'), link('klik-en-tik', 'second')])?.title).toBe('first');
    expect(nextStep([])).toBeUndefined();
  });
});

describe('resultPlan', () => {
  it('puts the weakest areas first, lowest first, each with one next step and the rest of its links', () => {
    const reports = [report('a', [link('klik-en-tik'), link('course-finder')]), report('b'), report('c', [link('ido')]), report('d')];
    const plan = resultPlan(reports, ['c', 'a']);
    expect(plan.learn.map((area) => area.report.id)).toEqual(['c', 'a']);
    expect(plan.learn[1]!.next?.programme).toBe('course-finder');
    expect(plan.learn[1]!.more.map((more) => more.programme)).toEqual(['klik-en-tik']);
    expect(plan.learn[0]!.more).toEqual([]);
    expect(plan.others.map((other) => other.id)).toEqual(['b', 'd']);
  });

  it(`puts at most ${LEARN_FIRST} areas first, and every area in one of the two parts`, () => {
    const reports = ['a', 'b', 'c', 'd', 'e'].map((id) => report(id));
    const plan = resultPlan(reports, ['e', 'd', 'c', 'b', 'unknown']);
    expect(plan.learn.map((area) => area.report.id)).toEqual(['e', 'd', 'c']);
    expect(plan.others.map((other) => other.id)).toEqual(['a', 'b']);
    expect(resultPlan(reports, []).learn).toEqual([]);
    expect(resultPlan(reports, []).others).toHaveLength(5);
  });
});
