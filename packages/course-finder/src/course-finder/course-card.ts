import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { headingTemplate, type Locale } from '@digivaardig/core';
import type { CourseResult } from '../search/filter.js';
import { cardText, type DistanceFormat } from './card-text.js';
import type { CourseDetailsModule } from './course-details.js';
import type { Localize } from '@digivaardig/core';

export interface CardContext {
  /** The finder's words and language. */
  readonly t: Localize;
  /** Heading level of the card titles. */
  readonly level: number;
  /** This year in Amsterdam, "YYYY" (other years are written out). */
  readonly year: string;
  readonly open: boolean;
  /** The details part, once fetched (with the first "Meer over deze cursus"). */
  readonly details: CourseDetailsModule | undefined;
  /** Writes distances; comes with the place lookup. */
  readonly formatDistance: DistanceFormat | undefined;
  readonly onToggle: () => void;
  readonly onCalendar: () => void;
}

/** One course in the list: the essentials first, the rest behind "Meer over deze cursus". */
export function courseCard(result: CourseResult, context: CardContext): TemplateResult {
  const t = context.t;
  const { course } = result.prepared;
  const locale = t.locale;
  const id = `course-${course.id}`;
  const titleId = `${id}-title`;
  const detailsId = `${id}-details`;
  const text = cardText(result, t, context.year, context.formatDistance);
  const open = context.open && context.details;

  return html`<article class="card" part="course" tabindex="-1" aria-labelledby=${titleId}>
    <p class="labels" part="course-labels">${text.labels.map((label) => html`<span class="label">${label}</span>`)}</p>
    ${headingTemplate(context.level, html`<span id=${titleId}>${text.title}</span>`, 'course-title')}
    <dl class="facts">
      <div>
        <dt>${t.msg('Eerstvolgende keer', { id: 'courses.card.next-time' })}</dt>
        <dd>${text.next} ${text.more > 0 ? html`<span class="muted">${t.plural(text.more, {
          one: () => t.msg('(en nog 1 keer)', { id: 'courses.card.more-times.one' }),
          other: () => t.msg(str`(en nog ${text.more} keer)`, { id: 'courses.card.more-times.other' }),
        })}</span>` : nothing}</dd>
      </div>
      ${text.where ? html`<div><dt>${t.msg('Waar', { id: 'courses.card.where' })}</dt><dd>${text.where}${text.distance ? html` <span class="distance">(${t.msg(str`${text.distance} van je af`, { id: 'courses.card.from-you' })})</span>` : nothing}</dd></div>` : nothing}
      ${text.price ? html`<div><dt>${t.msg('Prijs', { id: 'courses.card.price' })}</dt><dd>${text.price}</dd></div>` : nothing}
      ${text.seats ? html`<div><dt>${t.msg('Plaatsen', { id: 'courses.card.places' })}</dt><dd class=${text.full ? 'full' : ''}>${text.seats}</dd></div>` : nothing}
    </dl>
    ${signup(t, text.title, text)}
    <div class="buttons">
      <button type="button" class="link-button" part="calendar-button" @click=${context.onCalendar}>${t.msg('Zet in je agenda', { id: 'courses.card.add-your-calendar' })}<span class="visually-hidden"> ${text.title}</span></button>
      <button type="button" class="link-button" part="details-button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${detailsId} @click=${context.onToggle}>${open ? t.msg('Minder tonen', { id: 'courses.card.show-less' }) : t.msg('Meer over deze cursus', { id: 'courses.card.more-about-course' })}<span class="visually-hidden"> ${text.title}</span></button>
    </div>
    <div class="details" id=${detailsId} part="course-details" ?hidden=${!open}>
      ${open ? context.details!.courseDetails(result, t, context.year) : nothing}
    </div>
  </article>`;
}

/**
 * How to take part: walk in, a sign-up link, a note ("Aanmelden bij de balie"), a phone
 * number. One main action: the sign-up link, or calling when there is none to sign up with.
 */
function signup(t: Localize, title: string, text: ReturnType<typeof cardText>): TemplateResult {
  const link = text.signupUrl && !text.full;
  const hidden = t.msg(str`voor ${title}`, { id: 'courses.card.text' });
  return html`<p class="signup">
    ${text.walkIn ? html`<span class="walk-in">${t.msg('Je kunt zo binnenlopen. Aanmelden hoeft niet.', { id: 'courses.card.just-walk-no-need' })}</span>` : nothing}
    ${link ? html`<a class="action" part="signup" href=${text.signupUrl!} rel="noopener noreferrer" target="_blank">${text.walkIn ? t.msg('Meer informatie', { id: 'courses.card.more-information' }) : t.msg('Aanmelden', { id: 'courses.card.sign-up' })}<span class="visually-hidden"> ${hidden} ${t.msg('(opent in een nieuw venster)', { id: 'courses.card.opens-new-window' })}</span></a>` : nothing}
    ${text.note && !text.full ? html`<span class="note">${text.note}</span>` : nothing}
    ${text.phone ? html`<a class=${link ? 'plain-link' : 'action'} href=${text.phone.href}>${t.msg(str`Bel ${text.phone.text}`, { id: 'courses.card.call' })}</a>` : nothing}
  </p>`;
}
