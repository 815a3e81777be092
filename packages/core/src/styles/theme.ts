import { css, unsafeCSS } from 'lit';

/*
 * The public theme tokens (--dv-*) are read once here into private ones (--_*), each with
 * a default that meets WCAG 2.2 AA on the default background. A token set on :root, on an
 * ancestor or on the element itself wins, in light and dark alike.
 */
const LIGHT = {
  primary: '#1f4e99',
  'on-primary': '#ffffff',
  text: '#1b1b1f',
  muted: '#4b4f58',
  background: '#ffffff',
  surface: '#f2f4f7',
  border: '#6b7280',
  focus: '#9a3412',
  success: '#166534',
  danger: '#b42318',
};

const DARK: typeof LIGHT = {
  primary: '#9cc3ff',
  'on-primary': '#0b1220',
  text: '#f3f4f6',
  muted: '#c9ced6',
  background: '#121417',
  surface: '#1e2228',
  border: '#9aa3af',
  focus: '#fdba74',
  success: '#86efac',
  danger: '#fca5a5',
};

function tokens(values: typeof LIGHT) {
  return unsafeCSS(
    Object.entries(values)
      .map(([name, value]) => `--_${name}: var(--dv-color-${name}, ${value});`)
      .join('\n'),
  );
}

export const themeStyles = css`
  :host {
    ${tokens(LIGHT)}
    --_radius: var(--dv-radius, 0.5em);
    --_space: var(--dv-space, 1em);
    display: block;
    /* A page's rule for every element (box-sizing: content-box on *) matches the host too,
       and beats this one (the page's normal rules win over :host): !important holds. */
    box-sizing: border-box !important;
    color: var(--_text);
    font-family: var(--dv-font-family, inherit);
    /* The browser's default size (the visitor's own setting), not rem: a page's
       font-size: 62.5% on html must not shrink the widget. Sizes inside are in em. */
    font-size: var(--dv-font-size, medium);
    line-height: 1.5;
    /* Text styles inherit into shadow DOM: a page's centred, unbreakable or capitalised
       text (or its weight, shadow, word breaking) must not reach the widget. The font
       family still comes from the page. */
    white-space: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    text-shadow: none;
    word-break: normal;
    color-scheme: light;
  }
  /* Dark: theme="dark", or theme="auto" on a dark host page (DvElement sets the
     attribute; see host-theme.ts). Not the visitor's system setting. */
  :host([data-dv-dark]),
  :host([theme='dark']) {
    ${tokens(DARK)}
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--_background);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* Also the "Voorbeeldgegevens" note (class="status demo-note") in every widget with sample
     data: a calm grey box, never the error (danger) or the focus ring's colour. */
  .status {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .status.error {
    border: 2px solid var(--_danger);
  }
  .status p {
    margin: 0 0 0.5em;
  }
  .status p:last-child {
    margin-bottom: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .status,
    button {
      border: 2px solid CanvasText;
    }
    :focus-visible {
      outline: 3px solid Highlight;
    }
  }
`;
