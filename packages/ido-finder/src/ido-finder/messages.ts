import { str } from '@lit/localize';
import type { OriginProblem } from '../search/origin.js';
import type { isolateIn, Localize } from '@digivaardig/core';

/** Something the visitor's search ran into, with its way on. */
export type SearchNotice =
  | OriginProblem
  | { readonly code: 'no-results'; readonly km: number; readonly from: string }
  | { readonly code: 'no-match' }
  | { readonly code: 'geo-denied' }
  | { readonly code: 'geo-unavailable' }
  | { readonly code: 'geocoder-failed' };

/**
 * Whether a notice reports a mistake in what was typed (`error`: an alert, marked as an
 * error) or only tells how things stand (`info`: a polite status, styled calmly). Refusing
 * to share one's location, or nothing near enough, is no error: nothing went wrong.
 */
export function noticeKind(notice: SearchNotice): 'error' | 'info' {
  switch (notice.code) {
    case 'postcode-format':
    case 'unknown-postcode':
    case 'unknown-place':
      return 'error';
    default:
      return 'info';
  }
}

type Isolate = typeof isolateIn;

/**
 * The notice with its postcode or place isolated for a sentence in `locale`, so that in
 * Arabic "3511 AB" or "Den Haag" keeps its own direction (a postcode reads left to right;
 * a place typed by the visitor goes by its first letter).
 */
function isolated(notice: SearchNotice, locale: Localize['locale'], isolate: Isolate): SearchNotice {
  switch (notice.code) {
    case 'unknown-postcode':
      return { ...notice, postcode: isolate(locale, notice.postcode, 'ltr') };
    case 'unknown-place':
      return { ...notice, text: isolate(locale, notice.text) };
    case 'no-results':
      return { ...notice, from: isolate(locale, notice.from) };
    default:
      return notice;
  }
}

/**
 * The visitor's text for a search notice: what happened, and what to do now. `isolate`
 * (core's isolateIn) comes with the search engine, as every notice that names a postcode
 * or place follows a search: the finder's first render does not carry it.
 */
export function noticeText(t: Localize, typed: SearchNotice, isolate?: Isolate): string {
  const notice = isolate ? isolated(typed, t.locale, isolate) : typed;
  switch (notice.code) {
    case 'empty':
      return t.msg('Typ eerst je postcode of woonplaats.', { id: 'ido.messages.first-type-your-postcode' });
    case 'postcode-format':
      return notice.reason === 'incomplete'
        ? t.msg('Deze postcode is niet af. Een postcode heeft 4 cijfers en 2 letters, zoals 2311 EZ. De 4 cijfers zijn ook genoeg.', { id: 'ido.messages.postcode-not-complete-postcode' })
        : t.msg('Dit is geen postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 2311 EZ.', { id: 'ido.messages.not-postcode-postcode-has' });
    case 'unknown-postcode':
      return t.msg(str`Postcode ${notice.postcode} kennen we niet. Kijk of je hem goed hebt getypt, of zoek op de naam van je woonplaats.`, { id: 'ido.messages.we-do-not-know' });
    case 'unknown-place':
      return notice.suggestion
        ? t.msg(str`We vinden geen plaats met de naam "${notice.text}".`, { id: 'ido.messages.we-cannot-find-place' })
        : t.msg(str`We vinden geen plaats met de naam "${notice.text}". Kijk of de naam goed is, of zoek op je postcode.`, { id: 'ido.messages.we-cannot-find-place-2' });
    case 'no-results':
      return t.msg(str`Er is geen locatie binnen ${notice.km} km van ${notice.from}.`, { id: 'ido.messages.there-no-location-within' });
    case 'no-match':
      return t.msg('Er zijn geen locaties die passen bij deze keuze.', { id: 'ido.finder.no-locations-match-choice' });
    case 'geo-denied':
      return t.msg('Je locatie is niet gedeeld. Dat is goed: typ je postcode of woonplaats.', { id: 'ido.messages.your-location-was-not' });
    case 'geo-unavailable':
      return t.msg('We konden je locatie niet vinden. Typ je postcode of woonplaats.', { id: 'ido.messages.we-could-not-find' });
    case 'geocoder-failed':
      return t.msg('Het adres zoeken lukte niet. We zoeken op postcode en plaats.', { id: 'ido.messages.address-search-did-not' });
  }
}
