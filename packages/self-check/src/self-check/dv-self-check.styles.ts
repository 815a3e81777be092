import { css } from 'lit';

/** The intro and question screens. The result's styles arrive with the result (result-view.ts). */
export const selfCheckStyles = css`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    max-width: 42em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
  }
  [part='heading'] {
    font-size: 1.5em;
  }
  .asking [part='heading'] {
    font-size: 1em;
    color: var(--_muted);
  }
  p {
    margin: 0 0 var(--_space);
  }
  .facts {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .facts li + li {
    margin-top: 0.25em;
  }
  .start {
    font-size: 1.125em;
    min-height: 3em;
    padding-inline: 1.5em;
  }
  .source {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0;
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 1em;
    margin-bottom: 0.25em;
    font-weight: 600;
  }
  .area-name {
    color: var(--_muted);
    font-weight: 400;
  }
  .meter {
    height: 0.5em;
    border-radius: 0.25em;
    background: var(--_surface);
    border: 1px solid var(--_border);
    margin-bottom: var(--_space);
    overflow: hidden;
  }
  .meter span {
    display: block;
    height: 100%;
    width: calc(var(--done, 0) * 100%);
    background: var(--_primary);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.25em;
    font-weight: 600;
    line-height: 1.35;
    padding: 0;
    margin-bottom: calc(var(--_space) * 0.75);
  }
  legend:focus {
    outline: none;
  }
  legend:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
  }
  .help {
    margin-bottom: 0.5em;
  }
  .help summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    padding-block: 0.5em;
    min-height: 2.75em;
    display: list-item;
  }
  .help p {
    margin: 0.25em 0 0;
    padding: 0.75em 1em;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .missing {
    color: var(--_danger);
    font-weight: 600;
  }
  /* Compact enough that a three-line statement, its six answers and "Volgende" fit on a
     375 × 667 phone without scrolling (docs/design.md); each answer stays a 44 px target. */
  .options {
    display: grid;
    gap: 0.375em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 2.75em;
    padding: 0.375em 0.875em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    cursor: pointer;
  }
  .option.unscored {
    border-style: dashed;
  }
  /* A little space between the answers that count and those that do not. */
  .option:not(.unscored) + .option.unscored {
    margin-top: 0.25em;
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
    font-weight: 600;
  }
  /* The marks are alike in every widget (the course finder's filters, the IDO finder's
     "Open locaties eerst", these): larger than the browser's own (about 13 px), at least
     24 px (WCAG 2.5.8), in the theme's colour. Not in core: see docs/design.md, "Marks". */
  .option input {
    font-size: inherit;
    width: max(1.5em, 24px);
    height: max(1.5em, 24px);
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.75em;
    margin-top: var(--_space);
  }
  .nav button[type='submit'] {
    margin-inline-start: auto;
  }
  .clear-box {
    margin: var(--_space) 0 0;
  }
  @media (forced-colors: active) {
    .option,
    .meter {
      border-color: CanvasText;
    }
    .option:has(input:checked) {
      outline: 3px solid Highlight;
    }
    .meter span {
      background: Highlight;
    }
  }
`;
