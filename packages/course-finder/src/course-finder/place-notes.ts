import { css, html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import type { Origin, PlaceProblem } from '../data/place-lookup.js';
import type { CourseSort } from '../search/choices.js';
import { choiceStyles } from './choice-styles.js';
import { isolateIn, type Localize } from '@digivaardig/core';

/** Distances are written only with a place, so their formatting comes with it too. */
export { formatDistance } from '@digivaardig/core';

/*
 * What the finder says about the place the visitor typed, and the choice of order that
 * only makes sense with a place. Fetched with the postcode lookup (a page without a
 * postcode does not load it).
 */

/**
 * Why the typed place was not found, in words. The postcode or place is isolated in the
 * sentence, so that in Arabic "3511 AB" or "Den Haag" keeps its own direction.
 */
export function placeProblemText(t: Localize, typed: PlaceProblem): string {
  const problem =
    typed.code === 'unknown-postcode'
      ? { ...typed, postcode: isolateIn(t.locale, typed.postcode, 'ltr') }
      : typed.code === 'unknown-place'
        ? { ...typed, text: isolateIn(t.locale, typed.text) }
        : typed;
  if (problem.code === 'unknown-postcode') return t.msg(str`Postcode ${problem.postcode} kennen we niet. Probeer een postcode in de buurt.`, { id: 'courses.place.we-do-not-know' });
  if (problem.code === 'unknown-place') {
    return problem.suggestion
      ? t.msg(str`We kennen geen plaats die "${problem.text}" heet.`, { id: 'courses.place.we-know-no-place' })
      : t.msg(str`We kennen geen plaats die "${problem.text}" heet. Probeer je postcode.`, { id: 'courses.place.we-know-no-place-2' });
  }
  return t.msg('Vul een postcode in zoals 2311 EZ, of de naam van je woonplaats.', { id: 'courses.place.enter-postcode-such-as' });
}

/**
 * The problem with the typed place (an alert, so a screen reader says it at once; the
 * postcode field points to it with aria-describedby) with "Bedoel je Utrecht?" when we
 * think we know the place meant, or where distances are measured from.
 */
export function placeNote(t: Localize, origin: Origin | undefined, problem: PlaceProblem | undefined, onSuggest: (name: string) => void): TemplateResult {
  if (problem) {
    const place = problem.code === 'unknown-place' ? problem.suggestion : undefined;
    const suggestion = place && isolateIn(t.locale, place);
    return html`<div class="problem-box">
      <p class="problem" id="where-problem" role="alert">${placeProblemText(t, problem)}</p>
      ${place
        ? html`<button type="button" class="secondary suggestion" @click=${() => onSuggest(place)}>${t.msg(str`Bedoel je ${suggestion}?`, { id: 'courses.place.did-you-mean' })}</button>`
        : nothing}
    </div>`;
  }
  origin &&= { ...origin, label: isolateIn(t.locale, origin.label) };
  return html`<p class="muted">${t.msg(str`Afstand gemeten vanaf ${origin?.label ?? ''}.`, { id: 'courses.place.distance-measured-from' })}</p>`;
}

/** Soonest or nearest first, as two radio buttons. */
export function sortChoice(t: Localize, current: CourseSort, onChange: (sort: CourseSort) => void): TemplateResult {
  return html`<fieldset class="sort">
    <legend>${t.msg('Volgorde', { id: 'courses.place.order' })}</legend>
    ${(['date', 'distance'] as const).map(
      (sort) => html`<label class="check">
        <input type="radio" name="sort" value=${sort} .checked=${current === sort} @change=${() => onChange(sort)} />
        <span>${sort === 'date' ? t.msg('Eerstvolgende eerst', { id: 'courses.place.soonest-first' }) : t.msg('Dichtstbij eerst', { id: 'courses.place.nearest-first' })}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** Styles of these parts, adopted by the finder when they arrive. */
export const placeNoteStyles = css`
  ${choiceStyles}
  .problem {
    color: var(--_danger);
    font-weight: 600;
  }
  .problem-box {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
    align-items: baseline;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space);
    align-items: center;
  }
  .sort legend {
    float: left;
    margin: 0;
    margin-inline-end: 0.5em;
  }
  [dir='rtl'] .sort legend {
    float: right;
  }
`;

export type PlaceNotesModule = typeof import('./place-notes.js');
