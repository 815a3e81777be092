/*
 * Widgets without their own `lang` follow <html lang>; a page may change it after load
 * (a language switch in the CMS). One observer serves every widget on the page.
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `onChange` when the page's language changes; returns the unsubscribe function. */
export function watchPageLanguage(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((listener) => listener()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
