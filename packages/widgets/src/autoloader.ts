/**
 * Finds dv-* tags on the page (also ones added later, and ones inside shadow roots, even
 * roots attached long after the page loaded) and imports only the chunks those widgets
 * need. Until a tag is defined, it keeps the place the widget will take (`reserve`, CSS
 * from the registry) and hides whatever the tag holds. Pure DOM, no Lit: it is the one
 * file every page loads, so it stays under 1 KB.
 */

/** Tag → import of the chunk that defines it. */
export type WidgetRegistry = Record<string, () => Promise<unknown>>;

/** Longest that not-yet-defined widgets stay hidden, even if a chunk never arrives. */
const MAX_HIDE_MS = 1500;

// Shared by every copy of the autoloader on the page (the script twice, or two versions):
// a tag is handled by the first copy that knows it.
const CLAIMED = Symbol.for('digivaardig.autoloader.tags');
// Every copy's "a shadow root was attached" listener, behind one wrapper of attachShadow.
const ATTACHED = Symbol.for('digivaardig.attachShadow');

type Shared = Record<symbol, Set<unknown> | undefined>;

/**
 * `reserve` is CSS for the tags before they are defined (reserve.css: the size each keeps
 * for its widget). It applies in the page and in every shadow root that holds one of the tags.
 */
export function startAutoloader(registry: WidgetRegistry, reserve = '', doc: Document = document): void {
  const global = globalThis as unknown as Shared;
  const claimed = (global[CLAIMED] ??= new Set()) as Set<string>;
  const tags = Object.keys(registry).filter((tag) => !claimed.has(tag));
  if (!tags.length) return;
  tags.forEach((tag) => claimed.add(tag));

  const asked = new Set<string>();
  const observed = new WeakSet<Node>();
  // A constructed sheet, not a <style>: it works under a strict style-src CSP.
  const sheet = 'adoptedStyleSheets' in doc ? new CSSStyleSheet() : undefined;
  // reserve.css ends with its rule for undefined tags: until unhide(), they are hidden too.
  const style = (hide: boolean) => sheet?.replaceSync(hide ? reserve.replace(/}$/, ';visibility:hidden}') : reserve);
  const adopt = (root: Document | ShadowRoot) => {
    if (sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  // A defined tag is no longer hidden: this only shows what an undefined tag holds, when a
  // chunk failed or is late (MAX_HIDE_MS). The reserved sizes stay for undefined tags.
  const unhide = () => style(false);
  style(true);
  adopt(doc);

  const load = (tag: string) => {
    if (asked.has(tag) || customElements.get(tag)) return;
    asked.add(tag);
    registry[tag]().catch((error: unknown) => {
      console.warn(`<${tag}> could not be loaded.`, error);
      unhide();
    });
  };

  const visit = (element: Element) => {
    if (tags.includes(element.localName)) {
      load(element.localName);
      const root = element.getRootNode();
      // The page's own sheets do not reach into a shadow root: the reserved size goes in too.
      if (root instanceof ShadowRoot) adopt(root);
    }
    if (element.shadowRoot) watch(element.shadowRoot);
  };

  const scan = (root: Element | Document | ShadowRoot) => {
    if (root instanceof Element) visit(root);
    root.querySelectorAll('*').forEach(visit);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach((node) => node instanceof Element && scan(node));
  });

  const watch = (root: Document | ShadowRoot) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, subtree: true });
    scan(root);
  };

  onShadowRoot(watch);
  watch(doc);
  setTimeout(unhide, MAX_HIDE_MS);
}

/**
 * Calls `listener` with every shadow root attached from now on, open or closed, in the
 * same task: nothing else tells a script that one was made. Element.prototype.attachShadow
 * is wrapped once for all copies of the autoloader; the wrapper calls whatever was there
 * before (the browser's, or a host page's own wrapper) with the same arguments and returns
 * its root unchanged, so wrappers the page adds before or after ours keep working. See
 * docs/architecture.md ("Widgets in shadow roots").
 */
function onShadowRoot(listener: (root: ShadowRoot) => void): void {
  const global = globalThis as unknown as Shared;
  let listeners = global[ATTACHED] as Set<typeof listener> | undefined;
  if (!listeners) {
    const proto = Element.prototype;
    const attach = proto.attachShadow;
    const all = new Set<typeof listener>();
    global[ATTACHED] = listeners = all;
    proto.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      all.forEach((call) => call(root));
      return root;
    };
  }
  listeners.add(listener);
}
