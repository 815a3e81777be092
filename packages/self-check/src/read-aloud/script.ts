import { str } from '@lit/localize';
import { asSentences, spokenList, type Localize } from '@digivaardig/core';
import type { ResultPlan } from '../result/plan.js';

/*
 * What "Lees voor" reads in the self-check (pure): the statement on the screen with its
 * answers, or the result's advice. Texts come in the visitor's language already (the
 * set's LocalizedText read for `t.locale`); the words around them go through `t.msg`.
 */

/** One statement as the screen shows it. */
export interface QuestionScreen {
  /** 0-based. */
  readonly step: number;
  readonly count: number;
  readonly statement: string;
  /** The answers' labels, in the order shown. */
  readonly answers: readonly string[];
}

/** "Vraag 3 van 12. Ik kan een e-mail sturen. Je kunt kiezen: Ja, Een beetje of Nee." */
export function questionScript(t: Localize, screen: QuestionScreen): string[] {
  return [
    t.msg(str`Vraag ${screen.step + 1} van ${screen.count}.`, { id: 'check.readAloud.question' }),
    ...asSentences(screen.statement),
    ...(screen.answers.length
      ? [t.msg(str`Je kunt kiezen: ${spokenList(screen.answers, t.locale, 'or')}.`, { id: 'check.readAloud.choices' })]
      : []),
  ];
}

/**
 * The result's advice: each area to learn most in with its level, advice and next step,
 * then one line naming the other areas. Without areas to learn in (everything at the top
 * level), `summary` (the screen's own summary line) and each area with its level.
 */
export function resultScript(t: Localize, plan: ResultPlan, summary = ''): string[] {
  const levelLine = (title: string, level: string) =>
    level ? t.msg(str`${title}: ${level}.`, { id: 'check.readAloud.area-level' }) : `${title}.`;
  if (!plan.learn.length) {
    return [...asSentences(summary), ...plan.others.flatMap((report) => asSentences(levelLine(report.title, report.level)))];
  }
  const sentences = [t.msg('Hier kun je het meeste leren.', { id: 'check.readAloud.learn-most' })];
  for (const { report, next } of plan.learn) {
    sentences.push(levelLine(report.title, report.level), ...asSentences(report.advice));
    if (next) sentences.push(t.msg(str`Volgende stap: ${next.title}.`, { id: 'check.readAloud.next-step' }));
  }
  if (plan.others.length) {
    sentences.push(
      t.msg(str`Over ${spokenList(plan.others.map((report) => report.title), t.locale)} lees je meer op het scherm.`, {
        id: 'check.readAloud.others',
      }),
    );
  }
  return sentences;
}
