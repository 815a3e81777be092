import { css } from 'lit';

export const finderStyles = css`
  .intro,
  .source,
  .hint,
  .map-hint-text {
    color: var(--_muted);
  }
  .source,
  .map-hint-text {
    font-size: 0.875em;
  }
  .search {
    display: grid;
    gap: 0.25em;
  }
  .label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: flex-start;
  }
  .combo {
    position: relative;
    flex: 1 1 14em;
  }
  input[type='text'] {
    width: 100%;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1100;
    inset-inline: 0;
    top: calc(100% + 0.25em);
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    padding: 0.625em 0.75em;
    min-height: 2.75em;
    cursor: pointer;
  }
  [role='option'].active,
  [role='option']:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [role='option'].active .option-detail,
  [role='option']:hover .option-detail {
    color: inherit;
  }
  .option-label {
    font-weight: 600;
  }
  .option-detail {
    color: var(--_muted);
  }
  .locate {
    justify-self: start;
    margin-top: 0.5em;
  }
  .notice-box:empty {
    display: none;
  }
  .notice {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    padding: calc(var(--_space) * 0.75);
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* A mistake in what was typed: marked, but calm (no red box, no alarm). */
  .notice.error {
    border-inline-start-color: var(--_danger);
  }
  .layout {
    display: grid;
    gap: var(--_space);
  }
  .with-map .layout {
    grid-template-columns: minmax(0, 1fr);
  }
  @container finder (min-width: 52em) {
    .with-map .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.1fr);
      align-items: start;
    }
    .map-part {
      position: sticky;
      top: var(--_space);
      order: 2;
    }
  }
  .base {
    container: finder / inline-size;
  }
  .summary {
    font-weight: 600;
  }
  .list-part {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .list-part > :is(ol, .list-head) {
    justify-self: stretch;
  }
  /* In one column the list comes first and the map follows it (as in the markup, so
     reading and Tab order match what one sees): on a phone the first result is above
     the fold. From 52em of widget width the map stands beside the list. */
  .map-part {
    display: grid;
    gap: 0.25em;
  }
  .map-note {
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
    border-inline-start: 0.375em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .map-note:empty {
    padding: 0;
    border: 0;
  }
  .map-canvas {
    position: relative;
    height: clamp(16em, 50vh, 28em);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  @media (forced-colors: active) {
    .notice {
      border-color: Highlight;
    }
    [role='option'].active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    .search,
    .map-part {
      display: none;
    }
  }
`;
