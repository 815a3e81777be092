import { html, nothing, type TemplateResult } from 'lit';
import { str } from '@lit/localize';
import { isolateIn, type GeoPoint, type Locale } from '@digivaardig/core';
import type { PlacedLocation } from '../locations/location.js';
import type { Ranking } from '../search/select.js';
import { resultItem } from './result-item.js';
import type { Localize } from '@digivaardig/core';

/** Before a search, lists up to this long show at once; longer ones behind a button. */
const SHORT_LIST = 12;

export interface ResultsListView {
  readonly ranking: Ranking;
  /** A search is running: the summary says so. */
  readonly busy: boolean;
  readonly openFirst: boolean;
  /** The long A-to-Z list is unfolded. */
  readonly showAll: boolean;
  readonly selected: string | undefined;
  readonly origin: GeoPoint | undefined;
  /** Where the search starts, as the list says it ("2311 EZ Leiden", "jouw locatie"). */
  readonly originLabel: string;
  /** The finder's words and language. */
  readonly t: Localize;
  /** The heading for a location's name, at the right level. */
  heading(content: unknown): TemplateResult;
  onOpenFirst(checked: boolean): void;
  onShowAll(): void;
  onSelect(id: string): void;
  onPrint(place: PlacedLocation): void;
}

/** The list as it stands, with the line that says its order and count. */
export function resultsList(view: ResultsListView): TemplateResult {
  const { order, results } = view.ranking;
  const t = view.t;
  const folded = order === 'alphabetical' && results.length > SHORT_LIST && !view.showAll;
  const count = results.length;
  const origin = isolateIn(t.locale, view.originLabel);
  const summary =
    order === 'distance'
      ? count === 0
        ? t.msg('Geen locaties gevonden.', { id: 'ido.results.no-locations-found' })
        : view.openFirst
          ? t.plural(count, {
              one: () => t.msg(str`${count} locatie dicht bij ${origin}. Open locaties eerst, dan op afstand.`, { id: 'ido.results.near-open-first.one' }),
              other: () => t.msg(str`${count} locaties dicht bij ${origin}. Open locaties eerst, dan op afstand.`, { id: 'ido.results.near-open-first.other' }),
            })
          : t.plural(count, {
              one: () => t.msg(str`${count} locatie dicht bij ${origin}, de dichtstbijzijnde eerst.`, { id: 'ido.results.near.one' }),
              other: () => t.msg(str`${count} locaties dicht bij ${origin}, de dichtstbijzijnde eerst.`, { id: 'ido.results.near.other' }),
            })
      : t.plural(count, {
          one: () => t.msg(str`${count} locatie, op alfabet. Zoek op postcode of plaats voor de dichtstbijzijnde.`, { id: 'ido.results.all.one' }),
          other: () => t.msg(str`Alle ${count} locaties, op alfabet. Zoek op postcode of plaats voor de dichtstbijzijnde.`, { id: 'ido.results.all.other' }),
        });
  const now = Date.now();
  return html`<div class="list-head">
      <p class="summary" part="summary" role="status">${view.busy ? t.msg('Bezig met zoeken…', { id: 'ido.results.searching' }) : summary}</p>
      ${count > 1 || view.openFirst
        ? html`<label class="open-first">
            <input type="checkbox" .checked=${view.openFirst} @change=${(e: Event) => view.onOpenFirst((e.target as HTMLInputElement).checked)} />
            ${t.msg('Open locaties eerst', { id: 'ido.results.open-locations-first' })}
          </label>`
        : nothing}
    </div>
    ${folded
      ? html`<button type="button" class="secondary" aria-expanded="false" @click=${view.onShowAll}>
          ${t.msg(str`Toon alle ${count} locaties op alfabet`, { id: 'ido.results.show-all-locations-z' })}
        </button>`
      : html`<ol class="results" part="list">
          ${results.map((result) =>
            resultItem({
              result,
              selected: result.place.location.id === view.selected,
              origin: view.origin,
              t,
              now,
              heading: view.heading,
              onSelect: view.onSelect,
              onPrint: view.onPrint,
            }),
          )}
        </ol>`}`;
}
