import { html, nothing, type TemplateResult } from 'lit';
import type { Suggestion } from '../search/origin.js';
import type { Localize } from '@digivaardig/core';

/** What the visitor's key does in the search box (the ARIA 1.2 combobox pattern). */
export type ComboboxAction =
  | { readonly type: 'move'; readonly index: number }
  | { readonly type: 'choose'; readonly index: number }
  | { readonly type: 'submit' }
  | { readonly type: 'close' }
  | { readonly type: 'clear' }
  | { readonly type: 'none' };

/**
 * Keys of a list-autocomplete combobox: Down/Up move through the suggestions (opening the
 * list, wrapping at the ends), Enter takes the highlighted one or searches for the text,
 * Escape closes the list, and a second Escape clears the box.
 */
export function comboboxKey(key: string, state: { open: boolean; active: number; count: number }, altKey = false): ComboboxAction {
  const { open, active, count } = state;
  switch (key) {
    case 'ArrowDown':
      if (count === 0) return { type: 'none' };
      if (altKey) return { type: 'move', index: -1 };
      return { type: 'move', index: open ? (active + 1) % count : 0 };
    case 'ArrowUp':
      if (count === 0) return { type: 'none' };
      return { type: 'move', index: !open || active <= 0 ? count - 1 : active - 1 };
    case 'Enter':
      return open && active >= 0 && active < count ? { type: 'choose', index: active } : { type: 'submit' };
    case 'Escape':
      return open ? { type: 'close' } : { type: 'clear' };
    default:
      return { type: 'none' };
  }
}

export interface SearchBoxView {
  readonly id: string;
  readonly value: string;
  readonly suggestions: readonly Suggestion[];
  readonly open: boolean;
  readonly active: number;
  readonly busy: boolean;
  readonly geolocation: boolean;
  readonly describedBy: string;
  /** What was typed cannot be searched (an unknown or malformed postcode or place). */
  readonly invalid: boolean;
  /** The finder's words and language. */
  readonly t: Localize;
  onInput(event: InputEvent): void;
  onKeyDown(event: KeyboardEvent): void;
  onBlur(): void;
  onChoose(index: number): void;
  onSubmit(event: SubmitEvent): void;
  onLocate(): void;
}

/** The search form: the combobox with its suggestions, the search button and, when allowed, "use my location". */
export function searchBox(view: SearchBoxView): TemplateResult {
  const listId = `${view.id}-list`;
  const t = view.t;
  const expanded = view.open && view.suggestions.length > 0;
  return html`<form class="search" part="search" role="search" @submit=${view.onSubmit} novalidate>
    <label class="label" for=${`${view.id}-input`}>${t.msg('Postcode of woonplaats', { id: 'ido.search.postcode-town' })}</label>
    <p class="hint" id=${`${view.id}-hint`}>${t.msg('Bijvoorbeeld 2311 EZ of Leiden', { id: 'ido.search.example-2311-ez-leiden' })}</p>
    <div class="row">
      <div class="combo">
        <input
          id=${`${view.id}-input`}
          part="input"
          type="text"
          dir="auto"
          role="combobox"
          autocomplete="off"
          autocapitalize="off"
          spellcheck="false"
          enterkeyhint="search"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls=${listId}
          aria-describedby=${`${view.id}-hint ${view.describedBy}`}
          aria-invalid=${view.invalid ? 'true' : nothing}
          aria-activedescendant=${expanded && view.active >= 0 ? `${view.id}-option-${view.active}` : nothing}
          .value=${view.value}
          @input=${view.onInput}
          @keydown=${view.onKeyDown}
          @blur=${view.onBlur}
        />
        <ul id=${listId} role="listbox" part="suggestions" aria-label=${t.msg('Suggesties', { id: 'ido.search.suggestions' })} ?hidden=${!expanded}>
          ${view.suggestions.map(
            (s, i) => html`<li
              id=${`${view.id}-option-${i}`}
              role="option"
              aria-selected=${i === view.active ? 'true' : 'false'}
              class=${i === view.active ? 'active' : ''}
              @pointerdown=${(e: Event) => e.preventDefault()}
              @click=${() => view.onChoose(i)}
            >
              <span class="option-label">${s.label}</span>${s.detail ? html` <span class="option-detail">${s.detail}</span>` : nothing}
            </li>`,
          )}
        </ul>
      </div>
      <button type="submit" part="search-button" ?disabled=${view.busy}>${t.msg('Zoeken', { id: 'ido.search.search' })}</button>
    </div>
    ${view.geolocation
      ? html`<button type="button" class="secondary locate" part="locate-button" @click=${view.onLocate}>
          ${t.msg('Gebruik mijn locatie', { id: 'ido.search.use-my-location' })}
        </button>`
      : nothing}
  </form>`;
}
