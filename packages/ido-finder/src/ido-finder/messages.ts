import { msg, str } from '@lit/localize';
import type { OriginProblem } from '../search/origin.js';

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

/** The visitor's text for a search notice: what happened, and what to do now. */
export function noticeText(notice: SearchNotice): string {
  switch (notice.code) {
    case 'empty':
      return msg('Typ eerst je postcode of woonplaats.');
    case 'postcode-format':
      return notice.reason === 'incomplete'
        ? msg('Deze postcode is niet af. Een postcode heeft 4 cijfers en 2 letters, zoals 2311 EZ. De 4 cijfers zijn ook genoeg.')
        : msg('Dit is geen postcode. Een postcode heeft 4 cijfers en 2 letters, zoals 2311 EZ.');
    case 'unknown-postcode':
      return msg(str`Postcode ${notice.postcode} kennen we niet. Kijk of je hem goed hebt getypt, of zoek op de naam van je woonplaats.`);
    case 'unknown-place':
      return notice.suggestion
        ? msg(str`We vinden geen plaats met de naam "${notice.text}".`)
        : msg(str`We vinden geen plaats met de naam "${notice.text}". Kijk of de naam goed is, of zoek op je postcode.`);
    case 'no-results':
      return msg(str`Er is geen locatie binnen ${notice.km} km van ${notice.from}.`);
    case 'no-match':
      return msg('Er zijn geen locaties die passen bij deze keuze.');
    case 'geo-denied':
      return msg('Je locatie is niet gedeeld. Dat is goed: typ je postcode of woonplaats.');
    case 'geo-unavailable':
      return msg('We konden je locatie niet vinden. Typ je postcode of woonplaats.');
    case 'geocoder-failed':
      return msg('Het adres zoeken lukte niet. We zoeken op postcode en plaats.');
  }
}
