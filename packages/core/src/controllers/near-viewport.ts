/**
 * Resolves once `element` comes near the viewport (within a screen's height of it:
 * IntersectionObserver with a root margin of 100%), or the page is about to be printed
 * (`beforeprint`, which browsers fire for printing and for saving as PDF), whichever comes
 * first. Heavy parts of a widget (Chart.js, the map) wait for it, so a widget far below
 * the fold costs nothing until the visitor scrolls towards it.
 */
export function nearViewport(element: Element): Promise<void> {
  return new Promise((resolve) => {
    const near = () => {
      observer.disconnect();
      removeEventListener('beforeprint', near);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && near(), { rootMargin: '100% 0px' });
    observer.observe(element);
    addEventListener('beforeprint', near);
  });
}
