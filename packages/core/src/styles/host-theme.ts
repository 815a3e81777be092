/*
 * `theme="auto"` follows the HOST PAGE, not the visitor's system: a widget in a white
 * library site stays light for a visitor in dark mode, and turns dark with a page that is
 * dark. One observer on <html> (and <body>) serves every widget on the page.
 */

/**
 * The dark signs on `<html>` that the docs name (docs/theming.md): a class used by
 * Tailwind and many themes, and the attributes of daisyUI/Pico, Bootstrap 5.3 and others.
 * The same attributes set to `light` say light.
 */
export const DARK_CLASS = 'dark';
export const SCHEME_ATTRIBUTES = ['data-theme', 'data-bs-theme', 'data-color-scheme'] as const;

/** What the page says about itself: dark, light, or both (it follows the visitor's system). */
export type PageScheme = 'light' | 'dark' | 'both';

/**
 * Reads a CSS `color-scheme` value (`normal`, `light`, `dark`, `light dark`, `only dark`):
 * undefined when it says nothing.
 */
export function schemeOf(value: string | null | undefined): PageScheme | undefined {
  const light = /\blight\b/i.test(value ?? '');
  if (/\bdark\b/i.test(value ?? '')) return light ? 'both' : 'dark';
  return light ? 'light' : undefined;
}

/**
 * The page's own sign, in order: a dark class or scheme attribute on `<html>`, the
 * computed `color-scheme` of `<body>` (which inherits `<html>`'s), then
 * `<meta name="color-scheme">`. Without a sign: light.
 */
export function pageScheme(doc: Document = document): PageScheme {
  const root = doc.documentElement;
  if (root.classList.contains(DARK_CLASS)) return 'dark';
  for (const name of SCHEME_ATTRIBUTES) {
    const said = schemeOf(root.getAttribute(name));
    if (said === 'dark' || said === 'light') return said;
  }
  const computed = schemeOf(getComputedStyle(doc.body ?? root).colorScheme);
  if (computed) return computed;
  return schemeOf(doc.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content) ?? 'light';
}

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The answer of {@link pageIsDark} for the rest of the current task. */
let answer: boolean | undefined;

/**
 * True when a widget with `theme="auto"` shows its dark colours on this page now. Reading
 * the page's computed `color-scheme` makes the browser work out the page's styles at once,
 * so the answer is kept until the current task ends: widgets that render together (every
 * widget on the page, on its first render) pay for that once, not once each. A change the
 * watcher below sees is read afresh.
 */
export function pageIsDark(): boolean {
  if (answer === undefined) {
    const scheme = pageScheme();
    // A page that offers both (`color-scheme: light dark`) follows the system: so do we.
    answer = scheme === 'dark' || (scheme === 'both' && matchMedia(SYSTEM_DARK).matches);
    setTimeout(() => (answer = undefined));
  }
  return answer;
}

const listeners = new Set<() => void>();
let observing = false;
let last: boolean | undefined;

function notify(): void {
  answer = undefined;
  const dark = pageIsDark();
  if (dark === last) return;
  last = dark;
  listeners.forEach((listener) => listener());
}

/**
 * Calls `onChange` when the page turns dark or light (a class, style or scheme attribute
 * on `<html>` or `<body>`, or the system setting for a page that offers both); returns
 * the unsubscribe function. The one observer stays for the page's life: it costs nothing
 * while nothing changes.
 */
export function watchPageTheme(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!observing) {
    observing = true;
    last = pageIsDark();
    const observer = new MutationObserver(notify);
    const what = { attributeFilter: ['class', 'style', ...SCHEME_ATTRIBUTES] };
    observer.observe(document.documentElement, what);
    if (document.body) observer.observe(document.body, what);
    matchMedia(SYSTEM_DARK).addEventListener('change', notify);
  }
  return () => listeners.delete(onChange);
}
