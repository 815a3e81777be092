import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { localizedText, type Answers, type Locale, type QuestionSet } from '@digivaardig/core';
import type { AskedQuestion } from './flow.js';
import type { Localize } from '@digivaardig/core';

/** What a question screen shows. */
export interface QuestionOptions {
  readonly set: QuestionSet;
  /** The element's words and language. */
  readonly t: Localize;
  /** The statement on show, its place (0-based) and how many are asked. */
  readonly current: AskedQuestion;
  readonly step: number;
  readonly count: number;
  readonly answers: Answers;
  /** The visitor pressed "Volgende" without choosing. */
  readonly missing: boolean;
  readonly heading: (content: unknown, part: string) => TemplateResult;
  readonly onAnswer: (questionId: string, optionId: string) => void;
  readonly onNext: (event: Event) => void;
  readonly onBack: () => void;
  /** The "Wis mijn antwoorden" box, or nothing. */
  readonly clear: unknown;
}

/*
 * The meter's width is a custom property set through the CSSOM (`.style`, not a style
 * attribute), which a strict Content-Security-Policy allows, without the styleMap
 * directive's bytes on the first screen.
 */

/**
 * One statement: the progress, the statement as the legend of a group of radio buttons,
 * its "Uitleg", and "Vorige" / "Volgende" (Enter on an answer goes on). Call inside the
 * element's render (its language is active then).
 */
export function questionView(options: QuestionOptions): TemplateResult {
  const { set, t, step, count, missing } = options;
  const locale = t.locale;
  const { area, question } = options.current;
  const chosen = Object.hasOwn(options.answers, question.id) ? options.answers[question.id] : undefined;
  const help = localizedText(question.help, locale);
  // The radios share one name on every statement: Lit reuses them from statement to
  // statement, and a still-checked radio moved into another group would uncheck the
  // answer just set there (going back showed nothing checked).
  return html`<section class="asking">
    ${options.heading(localizedText(set.title, locale), 'heading')}
    <p class="progress" part="progress">
      <span>${t.msg(str`Vraag ${step + 1} van ${count}`, { id: 'check.question.question' })}</span>
      <span class="area-name">${localizedText(area.title, locale)}</span>
    </p>
    <div class="meter" aria-hidden="true">
      <span .style=${'--done: ' + (step / count).toFixed(3)}></span>
    </div>
    <form @submit=${options.onNext} novalidate>
      <fieldset part="question" aria-describedby=${missing ? 'missing' : nothing}>
        <legend part="statement" tabindex="-1">${localizedText(question.text, locale)}</legend>
        ${help
          ? html`<details class="help" part="help">
              <summary>${t.msg('Uitleg bij deze vraag', { id: 'check.question.explain-question' })}</summary>
              <p>${help}</p>
            </details>`
          : nothing}
        ${missing
          ? html`<p class="missing" id="missing">
              ${t.msg('Kies eerst een antwoord. Weet je het niet? Kies dan "Weet ik niet".', { id: 'check.question.choose-answer-first-not' })}
            </p>`
          : nothing}
        <div class="options">
          ${set.scale.map(
            (option) => html`<label part="option" class=${option.value === null ? 'option unscored' : 'option'}>
              <input
                type="radio"
                name="answer"
                .value=${option.id}
                .checked=${chosen === option.id}
                @change=${() => options.onAnswer(question.id, option.id)}
              />
              <span>${localizedText(option.label, locale)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="nav" part="nav">
        <button type="button" class="secondary" @click=${options.onBack}>${t.msg('Vorige', { id: 'check.question.back' })}</button>
        <button type="submit">${step + 1 === count ? t.msg('Naar de uitslag', { id: 'check.question.see-my-result' }) : t.msg('Volgende', { id: 'check.question.next' })}</button>
      </div>
    </form>
    ${options.clear}
  </section>`;
}
