/** How near the viewport a widget's heavy part starts loading: one screen height above or below. */
export const NEAR = '100% 0px';

/**
 * Resolves once `element` comes near the viewport (within a screen's height of it), or
 * the page is about to be printed (`beforeprint`, or print media, as when a browser
 * prints or makes a PDF), whichever comes first. Heavy parts of a widget (Chart.js, the
 * map) wait for it, so a widget far below the fold costs nothing until the visitor
 * scrolls towards it. Where IntersectionObserver is missing it resolves at once.
 */
export function nearViewport(element: Element): Promise<void> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const print = matchMedia('print');
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && near(), { rootMargin: NEAR });
    const near = () => {
      observer.disconnect();
      removeEventListener('beforeprint', near);
      print.removeEventListener('change', near);
      resolve();
    };
    observer.observe(element);
    addEventListener('beforeprint', near);
    print.addEventListener('change', near);
  });
}
