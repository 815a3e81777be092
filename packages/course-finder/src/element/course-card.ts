import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDistance, formatEuro, headingTemplate, localizedText, topicLabel, type Locale } from '@digivaardig/core';
import { FORMAT_LABELS, LEVEL_LABELS, programmeLabel } from '../labels.js';
import type { CourseResult } from '../search/filter.js';
import { formatSession } from '../session-format.js';

export interface CardContext {
  readonly locale: Locale;
  /** Heading level of the card titles. */
  readonly level: number;
  /** This year in Amsterdam, "YYYY" (other years are written out). */
  readonly year: string;
  readonly open: boolean;
  readonly onToggle: () => void;
  readonly onCalendar: () => void;
}

/** A phone number as a tel: link target: digits and a leading +. */
function telHref(phone: string): string {
  return `tel:${phone.replace(/\(0\)/g, '').replace(/[^+\d]/g, '')}`;
}

function price(value: number | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  return value === 0 ? msg('gratis') : formatEuro(value, locale);
}

function seatsText(result: CourseResult): string | undefined {
  const { format, seatsLeft } = result.prepared.course;
  if (format === 'walk-in' || seatsLeft === undefined) return undefined;
  if (seatsLeft === 0) return msg('vol');
  return seatsLeft === 1 ? msg('nog 1 plek vrij') : msg(str`nog ${seatsLeft} plekken vrij`);
}

/** One course in the list: the essentials first, the rest behind "Meer over deze cursus". */
export function courseCard(result: CourseResult, context: CardContext): TemplateResult {
  const { course } = result.prepared;
  const { locale } = context;
  const id = `course-${course.id}`;
  const title = localizedText(course.title, locale);
  const where = course.location
    ? [course.location.name, course.location.city].filter(Boolean).join(', ')
    : course.format === 'online'
      ? msg('Online, thuis achter je eigen computer')
      : undefined;
  const seats = seatsText(result);
  const full = course.seatsLeft === 0 && course.format !== 'walk-in';
  const more = result.upcoming.length - 1;
  const cost = price(course.price, locale);
  const description = localizedText(course.description, locale);
  const labels = [course.programme ? programmeLabel(course.programme, locale) : '', FORMAT_LABELS[course.format][locale]].filter(Boolean);

  return html`<article class="card" part="course" tabindex="-1" aria-labelledby=${`${id}-title`}>
    <p class="labels" part="course-labels">${labels.map((label) => html`<span class="label">${label}</span>`)}</p>
    ${headingTemplate(context.level, html`<span id=${`${id}-title`}>${title}</span>`, 'course-title')}
    <dl class="facts">
      <div>
        <dt>${msg('Eerstvolgende keer')}</dt>
        <dd>
          ${formatSession(result.next, locale, context.year)}
          ${more > 0 ? html`<span class="muted">${more === 1 ? msg('(en nog 1 keer)') : msg(str`(en nog ${more} keer)`)}</span>` : nothing}
        </dd>
      </div>
      ${where
        ? html`<div>
            <dt>${msg('Waar')}</dt>
            <dd>
              ${where}${result.distanceKm !== undefined
                ? html` <span class="distance">(${msg(str`${formatDistance(result.distanceKm, locale)} van je af`)})</span>`
                : nothing}
            </dd>
          </div>`
        : nothing}
      ${cost ? html`<div><dt>${msg('Prijs')}</dt><dd>${cost}</dd></div>` : nothing}
      ${seats ? html`<div><dt>${msg('Plaatsen')}</dt><dd class=${full ? 'full' : ''}>${seats}</dd></div>` : nothing}
    </dl>
    <p class="signup">
      ${course.format === 'walk-in' ? html`<span class="walk-in">${msg('Je kunt zo binnenlopen. Aanmelden hoeft niet.')}</span>` : nothing}
      ${course.signupUrl && !full
        ? html`<a class="action" part="signup" href=${course.signupUrl} rel="noopener noreferrer" target="_blank"
            >${course.format === 'walk-in' ? msg('Meer informatie') : msg('Aanmelden')}<span class="visually-hidden">
              ${msg(str`voor ${title}`)} ${msg('(opent in een nieuw venster)')}</span
            ></a
          >`
        : nothing}
      ${course.contact?.phone
        ? html`<a class="action secondary" href=${telHref(course.contact.phone)}>${msg(str`Bel ${course.contact.phone}`)}</a>`
        : nothing}
    </p>
    <div class="buttons">
      <button type="button" class="secondary" part="calendar-button" @click=${context.onCalendar}>
        ${msg('Zet in je agenda')}<span class="visually-hidden"> ${title}</span>
      </button>
      <button type="button" class="secondary" part="details-button" aria-expanded=${context.open ? 'true' : 'false'}
        aria-controls=${`${id}-details`} @click=${context.onToggle}>
        ${context.open ? msg('Minder tonen') : msg('Meer over deze cursus')}<span class="visually-hidden"> ${title}</span>
      </button>
    </div>
    <div class="details" id=${`${id}-details`} part="course-details" ?hidden=${!context.open}>
      ${context.open ? details(result, context, description) : nothing}
    </div>
  </article>`;
}

function details(result: CourseResult, context: CardContext, description: string): TemplateResult {
  const { course } = result.prepared;
  const { locale } = context;
  const topics = (course.topics ?? []).map((topic) => topicLabel(topic, locale));
  return html`
    ${description ? html`<p class="description">${description}</p>` : nothing}
    <dl class="facts">
      ${topics.length ? html`<div><dt>${msg('Onderwerpen')}</dt><dd>${topics.join(', ')}</dd></div>` : nothing}
      ${course.level ? html`<div><dt>${msg('Niveau')}</dt><dd>${LEVEL_LABELS[course.level][locale]}</dd></div>` : nothing}
      ${course.location?.street || course.location?.postcode
        ? html`<div>
            <dt>${msg('Adres')}</dt>
            <dd>${[course.location.street, [course.location.postcode, course.location.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}</dd>
          </div>`
        : nothing}
      ${course.contact?.email
        ? html`<div><dt>${msg('E-mail')}</dt><dd><a href=${`mailto:${course.contact.email}`}>${course.contact.email}</a></dd></div>`
        : nothing}
    </dl>
    <p class="sessions-heading">${msg(str`Alle keren (${result.upcoming.length}):`)}</p>
    <ul class="sessions">
      ${result.upcoming.map((session) => html`<li>${formatSession(session, locale, context.year)}</li>`)}
    </ul>
  `;
}
