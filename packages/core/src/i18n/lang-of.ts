/**
 * The language an element is in by the page's markup: its own `lang`, else the nearest
 * ancestor's (crossing shadow roots to their host), else `<html lang>`; '' when none says.
 */
export function langOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/** Every shadow root the element sits in, innermost first (where `lang` may change too). */
export function shadowRootsAround(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    roots.push(root);
    root = root.host.getRootNode();
  }
  return roots;
}
