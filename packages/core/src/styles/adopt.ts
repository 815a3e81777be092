import type { CSSResult } from 'lit';

/** Style sheets already added to a root by the fallback below, so none is added twice. */
const added = new WeakMap<Node, Set<CSSResult>>();

/**
 * Adds a lazily loaded part's styles to a widget's shadow root, once. Parts that arrive
 * after the first render (the map, the results, details) bring their own sheet, so the
 * first page load stays small; adopting keeps them working under a strict CSP.
 *
 * Safari before 16.4 cannot adopt a constructed sheet (Lit then gives no `styleSheet`):
 * there the styles go in as a `<style>` element, as Lit does for the element's own
 * styles in that browser (with the page's `litNonce`, if it set one for a CSP).
 */
export function adoptStyles(host: { renderRoot: HTMLElement | DocumentFragment }, styles: CSSResult): void {
  const root = host.renderRoot as ShadowRoot;
  const sheet = styles.styleSheet;
  if (sheet && root.adoptedStyleSheets) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const done = added.get(root) ?? new Set<CSSResult>();
  if (done.has(styles)) return;
  done.add(styles);
  added.set(root, done);
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.appendChild(style);
}
