import type { CSSResult } from 'lit';

/**
 * Adds a lazily loaded part's styles to a widget's shadow root, once. Parts that arrive
 * after the first render (the map, the results, details) bring their own sheet, so the
 * first page load stays small; adopting keeps them working under a strict CSP.
 */
export function adoptStyles(host: { renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (!sheet || !root.adoptedStyleSheets || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
