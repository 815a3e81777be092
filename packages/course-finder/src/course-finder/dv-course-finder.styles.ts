import { css } from 'lit';

/*
 * What the first list needs. The parts fetched later bring their own styles: the filter
 * checkboxes and the order choice (choice-styles.ts), a course's details, the suggestions.
 */
export const courseFinderStyles = css`
  .muted {
    color: var(--_muted);
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-end;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 10em;
    flex: 1 1 10em;
  }
  .field.grow {
    flex: 3 1 16em;
  }
  label {
    font-weight: 600;
  }
  input[type='search'],
  input[type='text'],
  select {
    font: inherit;
    min-height: 2.75em;
    padding: 0.375em 0.625em;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    width: 100%;
  }
  .filters[open] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* The filter button: a button's border, with the native disclosure arrow. */
  .filters > summary {
    display: list-item;
    width: fit-content;
    min-height: 2.75em;
    padding: 0.5em 1em;
    font-weight: 600;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
  }
  .filters[open] > summary {
    margin: var(--_space);
  }
  .result-bar {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.75);
    align-items: center;
    justify-content: space-between;
  }
  .count {
    font-weight: 600;
    font-size: 1.125em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    font-size: 0.9375em;
  }
  .label {
    padding: 0 0.5em;
    border: 1px solid var(--_primary);
    border-radius: 999px;
    color: var(--_primary);
  }
  .facts {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dt::after {
    content: ':';
  }
  .facts dd {
    margin: 0;
  }
  .full {
    color: var(--_muted);
  }
  .signup,
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .note {
    flex-basis: 100%;
  }
  .walk-in {
    flex-basis: 100%;
  }
  a.action {
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    text-decoration: none;
  }
  a.action.secondary {
    background: transparent;
    color: var(--_primary);
  }
  a.action:hover {
    text-decoration: underline;
  }
  /* The card's other ways on: plain links, not buttons that compete with the main action. */
  a.plain-link,
  .link-button {
    min-height: 1.75em;
    padding: 0;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
  }
  .more {
    align-self: center;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .card,
    .filters > summary,
    .label,
    a.action,
    input,
    select {
      border: 2px solid CanvasText;
    }
    a.action {
      color: LinkText;
    }
  }
`;
