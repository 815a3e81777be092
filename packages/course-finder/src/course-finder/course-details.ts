import { pickLocale } from '@digivaardig/core';
import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { localizedText, topicLabel, type Locale } from '@digivaardig/core';
import { LEVEL_LABELS } from '../labels.js';
import type { CourseResult } from '../search/filter.js';
import { formatSession } from '../session-format.js';
import { mailHref } from '../contact.js';
import type { Localize } from '@digivaardig/core';

/*
 * A course's opened details, fetched with the first "Meer over deze cursus" (see
 * course-card.ts), so the first list comes with less code.
 */

/** What the details say, as plain strings (rendered as text), and the checked e-mail link. */
export interface DetailText {
  readonly description: string;
  readonly topics: readonly string[];
  readonly level?: string;
  readonly address?: string;
  readonly email?: { readonly text: string; readonly href: string };
  readonly sessions: readonly string[];
}

/** The details' texts for one result; `year` is this year ("2025"), other years are written out. */
export function detailText(result: CourseResult, locale: Locale, year: string): DetailText {
  const { course } = result.prepared;
  const location = course.location;
  const town = [location?.postcode?.trim(), location?.city].filter(Boolean).join(' ');
  const email = course.contact?.email;
  const href = mailHref(email);
  return {
    description: localizedText(course.description, locale),
    topics: (course.topics ?? []).map((topic) => topicLabel(topic, locale)),
    level: course.level ? pickLocale(LEVEL_LABELS[course.level], locale) : undefined,
    address: location?.street || location?.postcode ? [location.street, town].filter(Boolean).join(', ') : undefined,
    email: email && href ? { text: email, href } : undefined,
    sessions: result.upcoming.map((session) => formatSession(session, locale, year)),
  };
}

/** The details of one course: description, topics, level, address, e-mail and every session. */
export function courseDetails(result: CourseResult, t: Localize, year: string): TemplateResult {
  const locale = t.locale;
  const text = detailText(result, locale, year);
  return html`
    ${text.description ? html`<p class="description">${text.description}</p>` : nothing}
    <dl class="facts">
      ${text.topics.length ? html`<div><dt>${t.msg('Onderwerpen', { id: 'courses.details.topics' })}</dt><dd>${text.topics.join(', ')}</dd></div>` : nothing}
      ${text.level ? html`<div><dt>${t.msg('Niveau', { id: 'courses.details.level' })}</dt><dd>${text.level}</dd></div>` : nothing}
      ${text.address ? html`<div><dt>${t.msg('Adres', { id: 'courses.details.address' })}</dt><dd>${text.address}</dd></div>` : nothing}
      ${text.email ? html`<div><dt>${t.msg('E-mail', { id: 'courses.details.e-mail' })}</dt><dd><a href=${text.email.href}>${text.email.text}</a></dd></div>` : nothing}
    </dl>
    <p class="sessions-heading">${t.msg(str`Alle keren (${text.sessions.length}):`, { id: 'courses.details.all-times' })}</p>
    <ul class="sessions">
      ${text.sessions.map((session) => html`<li>${session}</li>`)}
    </ul>
  `;
}

/** Styles of the details, adopted by the finder when they arrive. */
export const courseDetailStyles = css`
  .details:not([hidden]) {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .sessions-heading {
    font-weight: 600;
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sessions li {
    padding: 0.125em 0;
  }
`;

export type CourseDetailsModule = typeof import('./course-details.js');
