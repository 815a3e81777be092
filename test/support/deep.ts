/** Every element below `root`, through open shadow roots (nested widgets too). */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of Array.from(node.children)) {
      found.push(child);
      walk(child);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return found;
}
