import { expect } from '@open-wc/testing';
import { deepElements } from './deep.js';

/*
 * Target size (WCAG 2.2, 2.5.8, level AA): every control a visitor taps is at least
 * 24 × 24 CSS px. Issue #12 asks this of every widget, and radio and checkbox marks
 * visibly larger than the browser's own (about 13 px) in the theme's colour. One check,
 * used by every widget's example tests (test/support/examples.ts) on phone widths.
 */

/** What a visitor taps: native controls, links, disclosures and what is made focusable. */
const TARGETS = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="link"]';

/** The parent through shadow roots (a shadow root's parent is its host). */
function parentOf(node: Element): Element | null {
  if (node.assignedSlot) return node.assignedSlot;
  const parent = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : (parent as Element | null);
}

/**
 * True when a visitor sees `element`: it has a box, is not `visibility: hidden`, is not
 * visually hidden (a 1 px clip), and is not inside a closed `<details>` (Chromium still lays
 * out a closed disclosure's content) other than as its summary.
 */
function onShow(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const style = getComputedStyle(element);
  if (style.visibility !== 'visible') return false;
  const box = element.getBoundingClientRect();
  if (box.width <= 1 && box.height <= 1) return false;
  let child: Element = element;
  for (let at = parentOf(element); at; child = at, at = parentOf(at)) {
    if (at instanceof HTMLDetailsElement && !at.open && !(child.localName === 'summary' && child.parentElement === at)) return false;
  }
  return true;
}

/** The block an inline element's line belongs to. */
function blockOf(element: Element): Element | null {
  let at = parentOf(element);
  while (at && getComputedStyle(at).display.startsWith('inline') && getComputedStyle(at).display !== 'inline-block') at = parentOf(at);
  return at;
}

/**
 * WCAG's inline exception: a link in a sentence, whose size the line height of the text
 * around it sets. An inline link alone on its line (a list of links, a "next step") is a
 * control like any other and must be 24 px.
 */
function inSentence(element: Element): boolean {
  if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
  const block = blockOf(element);
  if (!block) return false;
  const own = element.textContent ?? '';
  const around = (block.textContent ?? '').replace(own, '');
  return /[\p{L}\p{N}]/u.test(around);
}

/** A checkbox or radio button. */
function isMark(element: Element): element is HTMLInputElement {
  return element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio');
}

function named(element: Element): string {
  const box = element.getBoundingClientRect();
  const part = element.getAttribute('part');
  const className = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).join('.')}` : '';
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  const type = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
  return `<${element.localName}${type}${className}${part ? ` part="${part}"` : ''}> "${words}" ${Math.round(box.width * 10) / 10}×${Math.round(box.height * 10) / 10}`;
}

/**
 * The controls in `root` (through shadow roots) that are on show and smaller than `size`
 * CSS px either way: buttons, links that are controls (not those in a sentence), inputs,
 * selects, summaries, whatever is focusable, and the labels of checkboxes and radio
 * buttons. Checkbox and radio marks themselves must be `size` too, and in a theme colour
 * (`accent-color`), not the browser's own small grey or blue mark.
 */
export function smallTargets(root: Element, size = 24): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const label = element instanceof HTMLLabelElement && ((element.control !== null && isMark(element.control)) || [...element.querySelectorAll('input')].some(isMark));
    if (!label && !element.matches(TARGETS)) continue;
    if (!onShow(element) || inSentence(element)) continue;
    const box = element.getBoundingClientRect();
    // Half a pixel of rounding (1.5em at a font size like 15.9 px) is no smaller target.
    if (box.width < size - 0.5 || box.height < size - 0.5) problems.push(`${named(element)}: smaller than ${size} × ${size} px`);
    if (isMark(element) && getComputedStyle(element).accentColor === 'auto') problems.push(`${named(element)}: the browser's own colour, not the theme's (accent-color)`);
  }
  return problems;
}

/** Fails, naming each one, when a control on show in `root` is smaller than `size` × `size` px. */
export function expectTargetsAtLeast(root: Element, size = 24, when = ''): void {
  expect(smallTargets(root, size), `controls under ${size} × ${size} px${when ? ` ${when}` : ''}`).to.deep.equal([]);
}

/**
 * Opens every `<details>` in `root` (through shadow roots), also those that arrive with
 * what opening the first ones fetches, so that what is behind a disclosure is measured too.
 */
export async function openEveryDisclosure(root: Element, settle: () => Promise<unknown>): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const closed = deepElements(root).filter((element): element is HTMLDetailsElement => element instanceof HTMLDetailsElement && !element.open);
    if (closed.length === 0) return;
    for (const details of closed) details.open = true;
    await settle();
  }
}
