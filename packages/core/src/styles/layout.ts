import { css } from 'lit';

/**
 * The layout the finders share: a column of title, form and results (`.finder`), headings
 * and paragraphs without browser margins (the column's gap spaces them). The base box has
 * the same inner spacing in light and dark: on a page of another colour the dark (or light)
 * box shows, and its content must not touch its edges.
 */
export const finderLayoutStyles = css`
  .base {
    padding: var(--_space);
  }
  .finder {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.3;
  }
  .finder > :is(h1, h2, h3, h4, h5, h6) {
    font-size: 1.375em;
  }
  p {
    margin: 0;
  }
`;
