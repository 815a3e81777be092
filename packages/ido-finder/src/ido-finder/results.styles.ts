import { css } from 'lit';

/** Styles of the results list, adopted with the part that renders it (see engine.ts). */
export const resultStyles = css`
  .list-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 0.5em;
  }
  .open-first {
    display: inline-flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75em;
    cursor: pointer;
  }
  .open-first input {
    /* The marks are alike in every widget (the self-check's answers, the course finder's
       filters, this one): larger than the browser's own (about 13 px), at least 24 px
       (WCAG 2.5.8), in the theme's colour. Not in core: see docs/design.md, "Marks". */
    font-size: inherit;
    width: max(1.5em, 24px);
    height: max(1.5em, 24px);
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .results {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .result article {
    display: grid;
    gap: 0.375em;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .result.selected article {
    border: 3px solid var(--_primary);
    padding: calc(var(--_space) - 2px);
  }
  .result :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.125em;
  }
  button.name {
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-align: start;
    font-weight: 700;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The arrows are decoration: "/ ''" gives them empty alt text, so they stay out of the
     button's accessible name ("Bibliotheek Leiden", not "Bibliotheek Leiden ›"). */
  button.name::after {
    content: '›' / '';
    display: inline-block;
    margin-inline-start: 0.3em;
    text-decoration: none;
  }
  button.name[aria-expanded='true']::after {
    content: '⌄' / '';
  }
  /* Right-to-left: the arrow points the way the text reads. */
  [dir='rtl'] button.name:not([aria-expanded='true'])::after {
    content: '‹' / '';
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-weight: 600;
  }
  .state-open::before,
  .state-closed::before {
    content: '';
    display: inline-block;
    width: 0.625em;
    height: 0.625em;
    margin-inline-end: 0.375em;
    border-radius: 50%;
    background: var(--_muted);
  }
  .state-open {
    color: var(--_success);
  }
  .state-open::before {
    background: var(--_success);
  }
  .state-closed {
    color: var(--_text);
  }
  .services,
  .today,
  .address {
    color: var(--_text);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .links a {
    display: inline-block;
    padding-block: 0.5em;
    overflow-wrap: anywhere;
  }
  .details {
    display: grid;
    gap: 0.5em;
    justify-items: start;
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  .details[hidden] {
    display: none;
  }
  .week {
    border-collapse: collapse;
  }
  .week caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .week th,
  .week td {
    text-align: start;
    padding-block: 0.25em;
    padding-inline: 0 1em;
    border-bottom: 1px solid var(--_border);
    font-weight: normal;
  }
  .week .today-row :is(th, td) {
    font-weight: 700;
  }
  .special {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .result.selected article {
      border-color: Highlight;
    }
  }
  @media print {
    .open-first,
    .result:not(.selected) {
      display: none;
    }
  }
`;
