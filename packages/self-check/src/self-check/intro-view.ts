import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { localizedText, type Locale, type QuestionSet } from '@digivaardig/core';
import { estimatedMinutes } from './flow.js';
import type { Localize } from '@digivaardig/core';

/** What the intro shows. */
export interface IntroOptions {
  readonly set: QuestionSet;
  /** The element's words and language. */
  readonly t: Localize;
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
 * the start button, in the element's language (`t`).
 */
export function introView(options: IntroOptions): TemplateResult {
  const { set, t, count } = options;
  const locale = t.locale;
  const minutes = estimatedMinutes(set, count);
  return html`<section class="intro" part="intro">
    ${options.heading(localizedText(set.title, locale), 'heading')}
    ${set.intro ? html`<p>${localizedText(set.intro, locale)}</p>` : nothing}
    <ul class="facts">
      <li>
        ${t.plural(count, {
          one: () => t.msg(str`Het duurt ongeveer ${minutes} minuten. Er is ${count} vraag.`, { id: 'check.intro.duration.one' }),
          other: () => t.msg(str`Het duurt ongeveer ${minutes} minuten. Er zijn ${count} vragen.`, { id: 'check.intro.duration.other' }),
        })}
      </li>
      <li>${t.msg('Je kunt altijd terug om een antwoord te veranderen. Er is geen tijdslimiet.', { id: 'check.intro.you-can-always-go' })}</li>
      <li>
        ${options.persist
          ? t.msg('Je antwoorden blijven op dit apparaat. Ze worden hier bewaard, zodat je later verder kunt.', { id: 'check.intro.your-answers-stay-device' })
          : t.msg('Je antwoorden blijven op dit apparaat. Ze worden niet bewaard en niet verstuurd.', { id: 'check.intro.your-answers-stay-device-2' })}
      </li>
    </ul>
    <p>
      <button type="button" part="start" class="start" @click=${options.onStart}>
        ${options.resumable ? t.msg('Ga verder', { id: 'check.intro.carry' }) : t.msg('Begin', { id: 'check.intro.start' })}
      </button>
    </p>
    ${options.clear}
    ${set.source ? html`<p class="source" part="source">${t.msg(str`Gebaseerd op ${set.source.name}.`, { id: 'check.intro.based' })}</p>` : nothing}
  </section>`;
}

/** "Wis mijn antwoorden" (with `persist`, once there is something to forget). */
export function clearBox(t: Localize, onClear: () => void): TemplateResult {
  return html`<p class="clear-box">
    <button type="button" class="secondary" part="clear" @click=${onClear}>${t.msg('Wis mijn antwoorden', { id: 'check.intro.delete-my-answers' })}</button>
  </p>`;
}
