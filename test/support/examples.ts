import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { exampleMarkup, resolveLocale, type WidgetExample } from '@digivaardig/core';
import { holdNeverAnsweringRequests } from '../../stories/support/held-requests.js';
import { hostChecks } from './host-checks.mjs';
import { playSteps } from '../../stories/support/play-steps.js';
import { expectTargetsAtLeast, openEveryDisclosure } from './targets.js';
import { deepElements } from './deep.js';

/** Renders an example into the test page exactly as a webmaster's markup would. */
export async function mountExample(example: WidgetExample): Promise<HTMLElement> {
  holdNeverAnsweringRequests();
  const frame = document.createElement('div');
  if (example.width) frame.style.width = `${example.width}px`;
  if (example.darkPage) frame.style.background = '#000';
  const template = document.createElement('template');
  template.innerHTML = exampleMarkup(example);
  frame.append(template.content);
  // Companions (other widgets on the page) come first and get their properties.
  const elements = Array.from(frame.children) as HTMLElement[];
  (example.companions ?? []).forEach((companion, index) => Object.assign(elements[index]!, companion.properties ?? {}));
  const wrapper = await fixture<HTMLDivElement>(frame);
  return wrapper.lastElementChild as HTMLElement;
}

/** The phase a widget shows now (loading, ready, empty, error). */
export function phaseOf(element: Element): string | undefined {
  return element.shadowRoot?.querySelector<HTMLElement>('[part="base"]')?.dataset.phase;
}

export { deepElements } from './deep.js';

/**
 * The visible text of an element, through open shadow roots. Style and script elements
 * are left out: Safari before 16.4 gets its styles as `<style>` elements, and JSON-LD is a
 * script; neither is text a visitor reads.
 */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && (node.localName === 'style' || node.localName === 'script')) return;
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Waits until the widget, and every dv-* widget inside it, has settled in `phase`. */
export async function settled(element: HTMLElement, phase: WidgetExample['settles']): Promise<void> {
  // A widget far below the fold loads when it comes near the screen (the course finder, the
  // map, charts): a test that waits for it looks at it, as a visitor would. Without this a
  // small window (WebKit's, where setViewport does not work) left it waiting behind a tall
  // companion on the same page.
  element.scrollIntoView({ block: 'nearest' });
  const widgets = () => [element, ...deepElements(element).filter((el) => el.localName.startsWith('dv-'))];
  // An error's words arrive with the error view, a moment after the phase changes.
  const worded = () => phase !== 'error' || Boolean(element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim());
  await waitUntil(
    () => worded() && widgets().every((widget) => phaseOf(widget) === (widget === element ? phase : 'ready')),
    `${element.localName} did not settle in "${phase}" (now "${phaseOf(element)}")`,
    // Generous: a page with a finished self-check above a course finder, in WebKit on a busy
    // CI machine, took more than 8 s. A widget that settles ends the wait at once.
    { timeout: 15000 },
  );
}

/** Waits (up to 5 s) until the widget's text, through shadow roots, includes `text`. */
export async function waitForText(element: HTMLElement, text: string): Promise<void> {
  await waitUntil(() => deepText(element).includes(text), `"${text}" never showed`, { timeout: 5000 }).catch(() => undefined);
  expect(deepText(element)).to.contain(text);
}

export interface ExampleSuiteOptions<E extends WidgetExample> {
  /** Mounts an example when it needs more than its markup (the self-check's stored answers). */
  mount?: (example: E) => Promise<HTMLElement>;
  /** Runs after each example (e.g. to clean up the page address or localStorage). */
  cleanUp?: () => void;
}

/**
 * Every example of a widget (the list that also makes its stories and docs) renders,
 * settles in its state, plays its steps, shows its text, fits its width, and has no
 * axe-core violations in that state.
 */
export function describeExamples<E extends WidgetExample>(
  title: string,
  examples: readonly E[],
  { mount = mountExample, cleanUp }: ExampleSuiteOptions<E> = {},
): void {
  describe(title, () => {
    if (cleanUp) {
      beforeEach(cleanUp);
      afterEach(cleanUp);
    }
    for (const example of examples) {
      it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
        const element = await mount(example);
        await settled(element, example.settles);
        await playSteps(element, example.steps);
        if (example.shows) await waitForText(element, example.shows);
        // Nothing sticks out of a narrow phone screen.
        if (example.width) expect(element.scrollWidth).to.be.at.most(example.width);
        await expect(element).to.be.accessible();
        await expectVisibleFocus(element);
        // Every example reflows to a 320 px wide screen (WCAG 1.4.10), not only the narrow ones.
        element.parentElement!.style.width = '320px';
        // Charts follow their box on the next frames (a ResizeObserver): give them a moment.
        await waitUntil(() => element.scrollWidth <= 320, '', { timeout: 5000 }).catch(() => undefined);
        const wider = deepElements(element).filter((el) => el.getBoundingClientRect().right > element.getBoundingClientRect().left + 321);
        expect(element.scrollWidth, `wider than 320 px: ${wider.slice(0, 3).map((el) => el.localName + (el.className ? `.${String(el.className).split(' ')[0]}` : '')).join(', ')}`).to.be.at.most(320);
      });

      // CMS tabs, accordions and sliders move their content around the page. Host pages
      // count on the events: one per load, none for a move.
      const expectedEvents = example.fires ?? { ready: ['dv-ready'], empty: ['dv-ready'], error: ['dv-error'], loading: [] }[example.settles];
      it(`${example.name}: fires ${expectedEvents.join(', ') || 'no event'}, and keeps its state and works on when moved in the page`, async () => {
        const events = recordWidgetEvents();
        const element = await mount(example);
        await settled(element, example.settles);
        await playSteps(element, example.steps);
        // Leaving the page takes the focus away, which closes what lives on focus (an
        // open suggestion list); take it away first, so `before` is what a move keeps.
        (document.activeElement as HTMLElement | null)?.blur();
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const before = await steadyText(element);
        expect(events.from(element), 'events once settled').to.deep.equal(expectedEvents);
        const errors = await consoleErrorsDuring(async () => {
          moveElsewhere(element, example.width);
          await settled(element, example.settles);
          // Parts made again after a move (a map, a chart) come back in their own time.
          await waitUntil(() => deepText(element) === before, '', { timeout: 5000 }).catch(() => undefined);
          expectSameText(deepText(element), before);
          if (example.shows) await waitForText(element, example.shows);
          for (const canvas of deepElements(element).filter((el): el is HTMLCanvasElement => el instanceof HTMLCanvasElement)) {
            await waitUntil(() => painted(canvas), `a <canvas> in ${element.localName} stayed blank after the move`, { timeout: 5000 });
          }
        });
        expect(errors, 'console errors after the move').to.deep.equal([]);
        expect(events.stop(element), 'events').to.deep.equal(expectedEvents);
      });

      // A page that moves the widget while it is still loading its data (or its code), into
      // a part of the page whose text styles would spoil it if they reached inside.
      it(`${example.name}: settles as usual when moved before it has settled, into a page with odd text styles`, async () => {
        const errors = await consoleErrorsDuring(async () => {
          const element = await mount(example);
          const frame = moveElsewhere(element, example.width ?? 320);
          frame.style.cssText += HOSTILE_TEXT_STYLES;
          await settled(element, example.settles);
          await playSteps(element, example.steps);
          if (example.shows) await waitForText(element, example.shows);
          const base = getComputedStyle(element.shadowRoot!.querySelector('[part="base"]')!);
          expect([base.whiteSpace, base.textAlign, base.textTransform, base.letterSpacing, base.textIndent, base.fontStyle, base.fontWeight, base.fontVariant, base.textShadow, base.wordBreak]).to.deep.equal([
            'normal', 'start', 'none', 'normal', '0px', 'normal', '400', 'normal', 'none', 'normal',
          ]);
          await waitUntil(() => element.scrollWidth <= (example.width ?? 320), '', { timeout: 5000 }).catch(() => undefined);
          expect(element.scrollWidth, 'sticks out of its column').to.be.at.most(example.width ?? 320);
        });
        expect(errors, 'console errors').to.deep.equal([]);
      });

      // Old CMS themes: rules meant for the page's own content match the widget's host
      // element, and what inherits goes inside. Phone and desktop widths.
      it(`${example.name}: fits, keeps its controls apart and its text at 14 px or more on a page with hostile CSS (1280, 375, 320 px)`, async () => {
        const style = document.createElement('style');
        style.textContent = await (await fetch(HOSTILE_PAGE_CSS)).text();
        document.head.append(style);
        try {
          expect(getComputedStyle(document.documentElement).fontSize, 'the page shrinks its rem').to.equal('10px');
          const element = await mount(example);
          await settled(element, example.settles);
          await playSteps(element, example.steps);
          if (example.shows) await waitForText(element, example.shows);
          for (const width of [1280, 375, 320]) {
            // Firefox and WebKit may not resize their window on command: the column still does.
            await setViewport({ width, height: 800 }).catch(() => undefined);
            const column = Math.min(width, example.width ?? width);
            element.parentElement!.style.width = `${column}px`;
            await waitUntil(() => element.scrollWidth <= column, '', { timeout: 5000 }).catch(() => undefined);
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            const { wider, overlaps, small } = hostChecks(element, column);
            expect(wider, `wider than its ${column} px column at ${width} px`).to.deep.equal([]);
            expect(overlaps, `controls that overlap at ${width} px`).to.deep.equal([]);
            expect(small, `text under 14 px at ${width} px`).to.deep.equal([]);
          }
        } finally {
          style.remove();
          await setViewport({ width: 800, height: 600 }).catch(() => undefined);
        }
      });

      // Issue #12 (WCAG 2.2, 2.5.8): on a phone, every control a visitor taps is at least
      // 24 × 24 px, radio and checkbox marks too, in the theme's colour; after the example's
      // steps (results, open filters, a result), and with every disclosure opened.
      it(`${example.name}: every control is at least 24 × 24 px at 375 and 320 px, also behind its disclosures`, async () => {
        const element = await mount(example);
        const atWidths = async (when: string) => {
          for (const width of [375, 320]) {
            await setViewport({ width, height: 667 }).catch(() => undefined);
            element.parentElement!.style.width = `${Math.min(width, example.width ?? width)}px`;
            await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
            expectTargetsAtLeast(element, 24, `at ${width} px${when}`);
          }
        };
        try {
          await settled(element, example.settles);
          await playSteps(element, example.steps);
          if (example.shows) await waitForText(element, example.shows);
          await atWidths('');
          await openEveryDisclosure(element, () => steadyText(element));
          await atWidths(', every disclosure open');
        } finally {
          await setViewport({ width: 800, height: 600 }).catch(() => undefined);
        }
      });

      // Two of the same widget on one page (two cards, a finder in two tabs) keep apart.
      if (mount === mountExample) {
        it(`${example.name}: works twice on one page`, async () => {
          const errors = await consoleErrorsDuring(async () => {
            const second = await mount({ ...example, companions: [...(example.companions ?? []), { tag: example.tag, attributes: example.attributes }] });
            const first = second.previousElementSibling as HTMLElement;
            expect(first.localName).to.equal(example.tag);
            for (const element of [first, second]) {
              await settled(element, example.settles);
              if (example.shows && !example.steps) await waitForText(element, example.shows);
            }
            await playSteps(second, example.steps);
            if (example.shows) await waitForText(second, example.shows);
            // The same widget twice has the same landmarks (two "Zoek een cursus" search
            // forms): that is the webmaster's choice, not the widget's fault.
            await expect(second.parentElement!).to.be.accessible({ ignoredRules: ['landmark-unique'] });
          });
          expect(errors, 'console errors').to.deep.equal([]);
        });
      }

      // A CMS language switch may change `lang` on a widget that is already showing.
      it(`${example.name}: switches language in place, as if it had started in that language`, async () => {
        const own = typeof example.attributes.lang === 'string' ? example.attributes.lang : '';
        const other = resolveLocale(own, document.documentElement.lang).locale === 'en' ? 'nl' : 'en';
        const fresh = await mount({ ...example, attributes: { ...example.attributes, lang: other } });
        await settled(fresh, example.settles);
        await playSteps(fresh, example.steps);
        const expected = await steadyText(fresh);
        fresh.parentElement!.remove();
        cleanUp?.();

        const events = recordWidgetEvents();
        const element = await mount(example);
        await settled(element, example.settles);
        await playSteps(element, example.steps);
        await steadyText(element);
        const firedBefore = events.from(element);
        element.setAttribute('lang', other);
        await waitUntil(() => deepText(element) === expected, '', { timeout: 5000 }).catch(() => undefined);
        expectSameText(deepText(element), expected);
        expect(element.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal(other);
        // Another language is no new load: no event.
        expect(events.stop(element), 'events after the switch').to.deep.equal(firedBefore);
      });
    }
  });
}

/**
 * The widget's text once it has stopped changing (unchanged for 300 ms, 5 s at most):
 * parts that arrive after the widget settles (a map, suggestions) are in it.
 */
export async function steadyText(element: Element): Promise<string> {
  let text = deepText(element);
  let steadySince = Date.now();
  const until = Date.now() + 5000;
  while (Date.now() - steadySince < 300 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const now = deepText(element);
    if (now !== text) {
      text = now;
      steadySince = Date.now();
    }
  }
  return text;
}

/**
 * Records the dv-ready and dv-error events on the page from now on. `from(widget)` lists
 * the ones the widget fired (not its companions); `stop(widget)` does too, and stops.
 */
function recordWidgetEvents(): { from(widget: Element): string[]; stop(widget: Element): string[] } {
  const events: { type: string; from: EventTarget | undefined }[] = [];
  // The path is there only while the event travels: note where it came from now.
  const record = (event: Event) => events.push({ type: event.type, from: event.composedPath()[0] });
  document.addEventListener('dv-ready', record);
  document.addEventListener('dv-error', record);
  const from = (widget: Element) => events.filter((event) => event.from === widget).map((event) => event.type);
  return {
    from,
    stop(widget) {
      document.removeEventListener('dv-ready', record);
      document.removeEventListener('dv-error', record);
      return from(widget);
    },
  };
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** True when `node` is `container` or inside it, through shadow roots. */
function isWithin(node: Node, container: Element): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at === container) return true;
  }
  return false;
}

/**
 * Walks the widget with the Tab key, as a keyboard user does, and checks that each stop
 * shows a focus ring of at least 2 px (WCAG 2.4.7), until focus leaves the widget.
 */
async function expectVisibleFocus(element: HTMLElement): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  // The page's last stop: Tab from the end of a page leaves the document in Firefox and
  // WebKit (for the browser's own controls), and the page would have no focus after it.
  const end = document.createElement('button');
  end.textContent = 'end of page';
  document.body.append(end);
  const unseen: string[] = [];
  let entered = false;
  let reachedEnd = false;
  try {
    for (let stop = 0; stop < 150; stop++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      reachedEnd = active === end;
      if (reachedEnd) break;
      if (!active || !isWithin(active, element)) {
        if (entered) break;
        continue;
      }
      entered = true;
      const style = getComputedStyle(active);
      if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
        unseen.push(`${active.localName}${active.className ? `.${String(active.className).trim().split(/\s+/)[0]}` : ''}`);
      }
    }
  } finally {
    end.remove();
  }
  expect(reachedEnd || entered, 'the Tab key moved the focus').to.equal(true);
  expect(unseen, 'keyboard stops without a visible focus ring').to.deep.equal([]);
}

/** Moves the widget into a new frame after its own, as CMS tabs and sliders do; returns the frame. */
function moveElsewhere(element: HTMLElement, width?: number): HTMLElement {
  const elsewhere = document.createElement('div');
  if (width) elsewhere.style.width = `${width}px`;
  element.parentElement!.after(elsewhere);
  elsewhere.append(element);
  return elsewhere;
}

/** Inherited text styles a CMS theme may set around a widget; none may reach inside. */
const HOSTILE_TEXT_STYLES =
  'white-space: nowrap; text-align: center; text-transform: uppercase; letter-spacing: 0.3em; word-spacing: 1em; text-indent: 4em; font-style: italic; font-weight: 300; font-variant: small-caps; text-shadow: 0 0 2px red; word-break: break-all;';

/** A page's stylesheet from an older CMS theme (the end-to-end test's page uses the same file). */
const HOSTILE_PAGE_CSS = '/test/e2e/pages/hostile.css';

/** What `run` writes with console.error (it still reaches the console). */
async function consoleErrorsDuring(run: () => Promise<void>): Promise<unknown[][]> {
  const errors: unknown[][] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args);
    consoleError.apply(console, args);
  };
  try {
    await run();
  } finally {
    console.error = consoleError;
  }
  return errors;
}

/** Fails with the first place where two long texts part, not with both texts whole. */
function expectSameText(actual: string, expected: string): void {
  if (actual === expected) return;
  let at = 0;
  while (actual[at] === expected[at]) at++;
  const around = (text: string) => `…${text.slice(Math.max(0, at - 80), at + 80)}…`;
  expect.fail(`texts part at character ${at}:\n  is        ${around(actual)}\n  should be ${around(expected)}`);
}

/** True once something has been painted on the canvas. */
export function painted(canvas: HTMLCanvasElement): boolean {
  const context = canvas.getContext('2d');
  if (!context || !canvas.width || !canvas.height) return false;
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
  return false;
}

