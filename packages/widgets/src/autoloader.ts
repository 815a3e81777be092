/**
 * Finds dv-* tags on the page (also ones added later, and ones inside open shadow roots)
 * and imports only the chunks those widgets need. Pure DOM, no Lit: it is the one file
 * every page loads, so it stays under 1 KB.
 */

/** Tag → import of the chunk that defines it. */
export type WidgetRegistry = Record<string, () => Promise<unknown>>;

/** Longest that not-yet-defined widgets stay hidden, even if a chunk never arrives. */
const MAX_HIDE_MS = 1500;

// Shared by every copy of the autoloader on the page (the script twice, or two versions):
// a tag is handled by the first copy that knows it.
const CLAIMED = Symbol.for('digivaardig.autoloader.tags');

export function startAutoloader(registry: WidgetRegistry, doc: Document = document): void {
  const global = globalThis as unknown as Record<symbol, Set<string> | undefined>;
  const claimed = (global[CLAIMED] ??= new Set<string>());
  const tags = Object.keys(registry).filter((tag) => !claimed.has(tag));
  if (!tags.length) return;
  tags.forEach((tag) => claimed.add(tag));

  const loading = new Map<string, Promise<unknown>>();
  const observed = new WeakSet<Node>();
  const unhide = hideUndefined(doc, tags);

  const load = (tag: string) => {
    if (loading.has(tag) || customElements.get(tag)) return;
    const done = registry[tag]().catch((error: unknown) => {
      console.warn(`<${tag}>: the widget could not be loaded.`, error);
    });
    loading.set(tag, done);
    void Promise.all(loading.values()).then(unhide);
  };

  const visit = (element: Element) => {
    if (tags.includes(element.localName)) load(element.localName);
    if (element.shadowRoot) watch(element.shadowRoot);
  };

  const scan = (root: Node) => {
    if (root instanceof Element) visit(root);
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Element);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType !== 1) return;
        scan(node as Element);
        // A component often attaches its shadow root a moment after insertion.
        requestAnimationFrame(() => scan(node as Element));
      });
    }
  });

  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };

  watch(doc);
  // Shadow roots made while the page was loading, by components defined later.
  doc.defaultView?.addEventListener('load', () => scan(doc));
  setTimeout(unhide, MAX_HIDE_MS);
}

/** Hides undefined widget tags until their chunk is there: no flash of half-made content. */
function hideUndefined(doc: Document, tags: string[]): () => void {
  if (!('adoptedStyleSheets' in doc)) return () => {};
  // A constructed sheet, not a <style>: it works under a strict style-src CSP.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`:is(${tags.join()}):not(:defined){visibility:hidden}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}
