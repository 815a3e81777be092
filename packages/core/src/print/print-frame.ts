import { SOURCE_LOCALE, toLocale } from '../i18n/locale.js';
import { directionOf } from '../i18n/translator.js';

/**
 * Prints a page of its own, built with DOM calls (never from HTML strings): the host page
 * around the widget is left out. A hidden same-origin frame is used instead of a pop-up,
 * so no pop-up blocker stops it, and the page is styled with a constructed style sheet,
 * which a strict `style-src` CSP allows.
 */
export interface PrintPage {
  title: string;
  lang: string;
  /** Style rules for the printed page. */
  css: string;
  /** Adds the content to the printed page's body. */
  build(doc: Document, body: HTMLElement): void;
}

export interface PrintOptions {
  host?: Document;
  /** How the frame's window is printed (the browser's print dialog by default). */
  print?: (win: Window) => void;
}

/** Prints the page and removes the frame afterwards; returns false if it could not print. */
export function printPage(page: PrintPage, { host = document, print = (win) => win.print() }: PrintOptions = {}): boolean {
  const frame = host.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  // Out of sight but laid out: a frame with display:none prints nothing in some browsers.
  Object.assign(frame.style, { position: 'fixed', width: '0', height: '0', border: '0', left: '-10000px' });
  host.body.append(frame);
  const win = frame.contentWindow;
  const doc = frame.contentDocument;
  if (!win || !doc) {
    frame.remove();
    return false;
  }
  doc.documentElement.lang = page.lang;
  // Arabic prints right to left, as the widget shows it.
  doc.documentElement.dir = directionOf(toLocale(page.lang) ?? SOURCE_LOCALE);
  doc.title = page.title;
  const FrameSheet = (win as unknown as { CSSStyleSheet?: typeof CSSStyleSheet }).CSSStyleSheet;
  if (FrameSheet && 'adoptedStyleSheets' in doc) {
    const sheet = new FrameSheet();
    sheet.replaceSync(page.css);
    doc.adoptedStyleSheets = [sheet];
  }
  page.build(doc, doc.body);
  const remove = () => setTimeout(() => frame.remove(), 0);
  win.addEventListener('afterprint', remove, { once: true });
  try {
    win.focus();
    print(win);
  } catch {
    remove();
    return false;
  }
  // Browsers that print without an afterprint event still get the frame removed.
  setTimeout(() => frame.isConnected && frame.remove(), 60_000);
  return true;
}

/** Appends an element with text to `parent` (a small DOM builder for printed pages). */
export function appendText<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  parent: Element,
  tag: K,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  parent.append(node);
  return node;
}
