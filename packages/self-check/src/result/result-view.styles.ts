import { css } from 'lit';

/*
 * The result's styles, adopted when the result arrives (ResultPart). One level of card at
 * most: the check's own box. Inside it the parts are separated by lines and space, never
 * by boxes with padding of their own, so a 375 px phone keeps over 300 px for the advice.
 */
export const resultStyles = css`
  .result > p {
    margin: 0 0 var(--_space);
  }
  .weakest {
    font-weight: 600;
  }
  .result h3 {
    font-size: 1.25em;
    margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
  }
  .bars,
  .learn,
  .others,
  .links {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* The overview: one line per area, the level in a word, a thin bar under it. */
  .bars li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.125em 0.75em;
    align-items: baseline;
    padding-block: 0.125em;
  }
  .bar-value {
    font-weight: 600;
  }
  .bar-track {
    grid-column: 1 / -1;
    height: 0.3125em;
    border-radius: 0.25em;
    background: var(--_surface);
    outline: 1px solid var(--_border);
    overflow: hidden;
  }
  .bar-fill {
    display: block;
    height: 100%;
    width: calc(var(--score, 0) * 1%);
    background: var(--_primary);
  }
  /* The areas to learn most in: numbered, separated by a line, no box of their own. */
  .learn {
    counter-reset: learn;
  }
  .area {
    counter-increment: learn;
    border-top: 2px solid var(--_primary);
    padding-top: calc(var(--_space) * 0.75);
    margin-top: var(--_space);
  }
  .area:first-child {
    margin-top: 0;
  }
  .area [part='area-heading'] {
    font-size: 1.125em;
    margin: 0 0 0.375em;
  }
  .area [part='area-heading']::before {
    content: counter(learn) '. ';
    color: var(--_primary);
  }
  .area p,
  .other-body p {
    margin: 0 0 0.5em;
  }
  .level.none {
    color: var(--_muted);
  }
  .next {
    margin: 0 0 0.25em;
  }
  .next-step {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    padding-block: 0.375em;
    font-weight: 600;
    text-decoration: none;
  }
  /* The arrow is not underlined, and not read out (where the alt-text syntax is known). */
  .next-step::before {
    content: '→';
    content: '→' / '';
  }
  .next-step span {
    text-decoration: underline;
  }
  .links a {
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.375em;
  }
  summary {
    cursor: pointer;
    min-height: 2.75em;
    padding-block: 0.5em;
    color: var(--_primary);
  }
  /* Closed, the content has no boxes at all (Chromium lays it out at zero size otherwise,
     all on one spot, which reads as controls on top of each other). */
  details:not([open]) > :not(summary) {
    display: none;
  }
  .more summary {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The other areas: name and level on one line; advice and links behind it. */
  .others li {
    border-top: 1px solid var(--_border);
  }
  .others li:last-child {
    border-bottom: 1px solid var(--_border);
  }
  .others summary {
    display: list-item;
    color: var(--_text);
  }
  .other-name {
    font-weight: 600;
  }
  .other-level::before {
    content: ': ';
  }
  .other-body {
    padding-bottom: 0.5em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: calc(var(--_space) * 1.5);
  }
  @media (forced-colors: active) {
    .bar-fill {
      background: CanvasText;
      forced-color-adjust: none;
    }
    .area {
      border-color: CanvasText;
    }
  }
  @media print {
    /* What is printed is the result (the question screens are not worth a print rule up front). */
    .base {
      border: 0;
      padding: 0;
    }
    .actions,
    .clear-box {
      display: none;
    }
    .area {
      break-inside: avoid;
    }
    .bar-fill {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .links a::after,
    .next-step::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
