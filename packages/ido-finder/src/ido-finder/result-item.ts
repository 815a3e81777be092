import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { addDays, amsterdamDateTime, formatDistance, hoursOn, type GeoPoint, type Locale } from '@digivaardig/core';
import { addressLines, type PlacedLocation } from '../locations/location.js';
import type { RankedLocation } from '../search/select.js';
import { intervalsText, openText, weekdayNames } from '../present/hours-text.js';
import { mailUrl, routeUrl, shortUrl, telUrl, webUrl } from '../present/links.js';
import { serviceName } from '../present/services.js';
import type { Localize } from '@digivaardig/core';

export interface ResultItemView {
  readonly result: RankedLocation;
  readonly selected: boolean;
  readonly origin?: GeoPoint;
  /** The finder's words and language. */
  readonly t: Localize;
  readonly now: number;
  /** The heading for the location's name, at the right level. */
  heading(content: unknown): TemplateResult;
  onSelect(id: string): void;
  onPrint(place: PlacedLocation): void;
}

/** The coming seven days' hours, today first (closed dates and exceptions applied). */
export function weekRows(t: Localize, place: PlacedLocation, now: number): { day: string; hours: string; today: boolean; special: boolean }[] {
  const today = amsterdamDateTime(now).date;
  const names = weekdayNames(t.locale);
  return Array.from({ length: 7 }, (_, i) => {
    const day = hoursOn(place.schedule, addDays(today, i));
    return { day: names[day.weekday], hours: intervalsText(t, day.intervals), today: i === 0, special: Boolean(day.exception) };
  });
}

/** One location in the list: what a visitor needs to go there, and more when chosen. */
export function resultItem(view: ResultItemView): TemplateResult {
  const { result, selected, t } = view;
  const locale = t.locale;
  const { place, distanceKm } = result;
  const l = place.location;
  const open = openText(t, place.schedule, view.now);
  const phone = l.phone ? telUrl(l.phone) : undefined;
  const email = l.email ? mailUrl(l.email) : undefined;
  const site = webUrl(l.url);
  const appointment = webUrl(l.appointmentUrl);
  const detailsId = `details-${cssId(l.id)}`;
  return html`<li class=${selected ? 'result selected' : 'result'} part=${selected ? 'result result-selected' : 'result'} data-id=${l.id}>
    <article>
      ${view.heading(html`<button
        type="button"
        class="name"
        aria-expanded=${selected ? 'true' : 'false'}
        aria-controls=${detailsId}
        @click=${() => view.onSelect(l.id)}
      >${l.name}</button>`)}
      <p class="meta">
        ${distanceKm !== undefined ? html`<span class="distance">${t.msg(str`${formatDistance(distanceKm, locale)} hier vandaan`, { id: 'ido.result.away' })}</span>` : nothing}
        <span class=${`hours-state state-${open.state}`}>${open.status}</span>
      </p>
      ${addressLines(l).length ? html`<p class="address">${addressLines(l).map((line, i) => html`${i ? html`<br />` : nothing}<bdi>${line}</bdi>`)}</p>` : nothing}
      ${open.today ? html`<p class="today">${open.today}</p>` : nothing}
      ${l.services?.length
        ? html`<p class="services">${t.msg('Helpt met:', { id: 'ido.result.helps-with' })} ${l.services.map(serviceName).join(', ')}</p>`
        : nothing}
      <ul class="links">
        ${phone ? html`<li><a href=${phone}>${t.msg('Bel', { id: 'ido.result.call' })} <bdi dir="ltr">${l.phone}</bdi></a></li>` : nothing}
        ${email ? html`<li><a href=${email} dir="ltr">${l.email}</a></li>` : nothing}
        ${site ? html`<li><a href=${site} rel="noopener noreferrer" dir="ltr">${shortUrl(site)}</a></li>` : nothing}
        <li>
          <a href=${routeUrl(place, view.origin)} rel="noopener noreferrer" target="_blank"
            >${t.msg('Route op OpenStreetMap', { id: 'ido.result.route-openstreetmap' })}<span class="visually-hidden"> (${t.msg('opent in een nieuw venster', { id: 'ido.result.opens-new-window' })})</span></a
          >
        </li>
      </ul>
      <div id=${detailsId} class="details" ?hidden=${!selected}>
        ${selected ? details(view, place, appointment) : nothing}
      </div>
    </article>
  </li>`;
}

function details(view: ResultItemView, place: PlacedLocation, appointment: string | undefined): TemplateResult {
  const t = view.t;
  const l = place.location;
  const rows = place.schedule.hasHours ? weekRows(view.t, place, view.now) : [];
  return html`${rows.length
      ? html`<table class="week">
          <caption>${t.msg('Openingstijden, komende 7 dagen', { id: 'ido.print.opening-hours-next-7' })}</caption>
          <tbody>
            ${rows.map(
              (row) => html`<tr class=${row.today ? 'today-row' : ''}>
                <th scope="row">${row.day}${row.today ? html` (${t.msg('vandaag', { id: 'ido.result.today' })})` : nothing}</th>
                <td>${row.hours}${row.special ? html` <span class="special">(${t.msg('aangepast', { id: 'ido.result.special-hours' })})</span>` : nothing}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : nothing}
    ${l.accessibility ? html`<p class="access"><strong>${t.msg('Toegankelijkheid:', { id: 'ido.result.accessibility' })}</strong> ${l.accessibility}</p>` : nothing}
    ${appointment ? html`<p><a href=${appointment} rel="noopener noreferrer">${t.msg('Maak een afspraak', { id: 'ido.result.make-appointment' })}</a></p>` : nothing}
    <button type="button" class="secondary print" @click=${() => view.onPrint(place)}>${t.msg('Print deze locatie', { id: 'ido.result.print-location' })}</button>`;
}

/** Ids from feeds can hold anything; element ids must not break. */
export function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

/** The week table's rows for the print view, with the weekday names. */
export function printableWeek(t: Localize, place: PlacedLocation, now: number): [string, string][] {
  return weekRows(t, place, now).map((row) => [row.day, row.hours]);
}
