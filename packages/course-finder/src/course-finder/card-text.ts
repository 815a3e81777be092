import { pickLocale } from '@digivaardig/core';
import { str } from '@lit/localize';
import { formatEuro, isolateIn, localizedText, type Locale } from '@digivaardig/core';
import { FORMAT_LABELS, programmeLabel } from '../labels.js';
import type { CourseResult } from '../search/filter.js';
import { formatSession } from '../session-format.js';
import { telHref } from '../contact.js';
import type { Localize } from '@digivaardig/core';

/**
 * Everything a course card says, as plain strings (rendered as text by course-card.ts,
 * never as HTML), and its link targets, checked here once more: only http(s) sign-up
 * links, only digits in a `tel:` link.
 */
export interface CardText {
  /** The programme, the kind and the course's own tags ("Digisterker", "Cursus in een groep", "Senioren"). */
  readonly labels: readonly string[];
  readonly title: string;
  /** The next session in words. */
  readonly next: string;
  /** How many more sessions follow the next one. */
  readonly more: number;
  /** Place and city, or "online". */
  readonly where?: string;
  /** "2,3 km", when measured from the visitor's postcode. */
  readonly distance?: string;
  readonly price?: string;
  readonly seats?: string;
  /** No seats left: no sign-up link. */
  readonly full: boolean;
  readonly walkIn: boolean;
  readonly signupUrl?: string;
  /** How to sign up or ask when there is no link, e.g. "Aanmelden bij de balie van de bibliotheek". */
  readonly note?: string;
  readonly phone?: { readonly text: string; readonly href: string };
}

/** A feed's link, only when it is an absolute http(s) URL. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value || !/^https?:\/\//i.test(value)) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

function seatsText(t: Localize, result: CourseResult): string | undefined {
  const { format, seatsLeft } = result.prepared.course;
  if (format === 'walk-in' || seatsLeft === undefined) return undefined;
  if (seatsLeft === 0) return t.msg('vol', { id: 'courses.card.full' });
  return t.plural(seatsLeft, {
    one: () => t.msg('nog 1 plek vrij', { id: 'courses.card.seats-left.one' }),
    other: () => t.msg(str`nog ${seatsLeft} plekken vrij`, { id: 'courses.card.seats-left.other' }),
  });
}

/** Writes a distance ("2,3 km"); it comes with the place lookup (see place-notes.ts). */
export type DistanceFormat = (km: number, locale: Locale) => string;

/**
 * The card's texts for one result; `year` is this year ("2025"), other years are written
 * out. A distance is written only with `formatDistance` (there is none without a place).
 */
export function cardText(result: CourseResult, t: Localize, year: string, formatDistance?: DistanceFormat): CardText {
  const locale = t.locale;
  const { course } = result.prepared;
  const location = course.location;
  const walkIn = course.format === 'walk-in';
  const phone = course.contact?.phone;
  const tel = phone ? telHref(phone) : '';
  return {
    labels: [course.programme ? programmeLabel(course.programme, locale) : '', pickLocale(FORMAT_LABELS[course.format], locale), ...(course.tags ?? [])].filter(Boolean),
    title: localizedText(course.title, locale),
    next: formatSession(result.next, locale, year),
    more: result.upcoming.length - 1,
    where: location
      ? [location.name, location.city].filter(Boolean).join(', ')
      : course.format === 'online'
        ? t.msg('Online, thuis achter je eigen computer', { id: 'courses.card.online-home-your-own' })
        : undefined,
    distance: result.distanceKm === undefined ? undefined : formatDistance?.(result.distanceKm, locale),
    price: course.price === undefined ? undefined : course.price === 0 ? t.msg('gratis', { id: 'courses.card.free' }) : formatEuro(course.price, locale),
    seats: seatsText(t, result),
    full: course.seatsLeft === 0 && !walkIn,
    walkIn,
    signupUrl: httpUrl(course.signupUrl),
    note: localizedText(course.contact?.note, locale) || undefined,
    // A phone number reads left to right in Arabic text too.
    phone: phone && tel.length > 8 ? { text: isolateIn(locale, phone, 'ltr'), href: tel } : undefined,
  };
}
