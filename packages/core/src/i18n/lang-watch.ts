import { shadowRootsAround } from './lang-of.js';

/*
 * A page may change a `lang` after load (a language switch in the CMS, a section in
 * another language): one observer watches `lang` in the document and in the shadow roots
 * widgets sit in, and tells every widget, which checks whether its own language changed.
 */
const listeners = new Set<() => void>();
const watchedRoots = new Set<ShadowRoot>();
let observer: MutationObserver | undefined;

const OPTIONS: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

/** Calls `onChange` when a `lang` around `element` may have changed; returns the unsubscribe. */
export function watchLang(element: Element, onChange: () => void): () => void {
  listeners.add(onChange);
  if (typeof MutationObserver !== 'undefined') {
    if (!observer) {
      observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
      observer.observe(document.documentElement, OPTIONS);
    }
    for (const root of shadowRootsAround(element)) {
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, OPTIONS);
    }
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
      watchedRoots.clear();
    }
  };
}
