import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { localizedText, type Locale, type QuestionSet } from '@digivaardig/core';
import { estimatedMinutes } from './flow.js';

/** What the intro shows. */
export interface IntroOptions {
  readonly set: QuestionSet;
  readonly locale: Locale;
  /** How many statements are asked. */
  readonly count: number;
  /** The visitor answered some already: "Ga verder" instead of "Begin". */
  readonly resumable: boolean;
  readonly persist: boolean;
  /** The element's heading helper (the top heading at the widget's level). */
  readonly heading: (content: unknown, part: string) => TemplateResult;
  readonly onStart: () => void;
  /** The "Wis mijn antwoorden" box, or nothing. */
  readonly clear: unknown;
}

/**
 * The intro: what the check is, how long it takes, that answers stay on this device, and
 * the start button. Call inside the element's render (its language is active then).
 */
export function introView(options: IntroOptions): TemplateResult {
  const { set, locale, count } = options;
  const minutes = estimatedMinutes(set, count);
  return html`<section class="intro" part="intro">
    ${options.heading(localizedText(set.title, locale), 'heading')}
    ${set.intro ? html`<p>${localizedText(set.intro, locale)}</p>` : nothing}
    <ul class="facts">
      <li>${msg(str`Het duurt ongeveer ${minutes} minuten. Er zijn ${count} vragen.`, { id: 'check.intro.takes-about-minutes-there' })}</li>
      <li>${msg('Je kunt altijd terug om een antwoord te veranderen. Er is geen tijdslimiet.', { id: 'check.intro.you-can-always-go' })}</li>
      <li>
        ${options.persist
          ? msg('Je antwoorden blijven op dit apparaat. Ze worden hier bewaard, zodat je later verder kunt.', { id: 'check.intro.your-answers-stay-device' })
          : msg('Je antwoorden blijven op dit apparaat. Ze worden niet bewaard en niet verstuurd.', { id: 'check.intro.your-answers-stay-device-2' })}
      </li>
    </ul>
    <p>
      <button type="button" part="start" class="start" @click=${options.onStart}>
        ${options.resumable ? msg('Ga verder', { id: 'check.intro.carry' }) : msg('Begin', { id: 'check.intro.start' })}
      </button>
    </p>
    ${options.clear}
    ${set.source ? html`<p class="source" part="source">${msg(str`Gebaseerd op ${set.source.name}.`, { id: 'check.intro.based' })}</p>` : nothing}
  </section>`;
}

/** "Wis mijn antwoorden" (with `persist`, once there is something to forget). */
export function clearBox(onClear: () => void): TemplateResult {
  return html`<p class="clear-box">
    <button type="button" class="secondary" part="clear" @click=${onClear}>${msg('Wis mijn antwoorden', { id: 'check.intro.delete-my-answers' })}</button>
  </p>`;
}
