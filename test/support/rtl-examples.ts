import { expect, waitUntil } from '@open-wc/testing';
import type { WidgetExample } from '@digivaardig/core';
import { playSteps } from '../../stories/support/play-steps.js';
import { hostChecks } from './host-checks.mjs';
import { deepElements, deepText, mountExample, settled, steadyText, type ExampleSuiteOptions } from './examples.js';

/** Arabic script (the Arabic block of Unicode). */
const ARABIC = /[\u0600-\u06FF]/;

/** The example with `lang="ar"` on the widget and on every widget on its page. */
export function inArabic<E extends WidgetExample>(example: E): E {
  return {
    ...example,
    attributes: { ...example.attributes, lang: 'ar' },
    companions: example.companions?.map((companion) => ({ ...companion, attributes: { ...companion.attributes, lang: 'ar' } })),
  };
}

/**
 * The first heading the widget shows (through shadow roots), else its first paragraph:
 * the text whose alignment tells where the widget's start side is.
 */
function firstText(element: HTMLElement): HTMLElement | undefined {
  const shown = (el: Element) => el.getClientRects().length > 0 && (el.textContent ?? '').trim() !== '';
  const all = deepElements(element);
  return (all.find((el) => /^h[1-6]$/.test(el.localName) && shown(el)) ?? all.find((el) => el.localName === 'p' && shown(el))) as HTMLElement | undefined;
}

/** The box of an element's text itself (not of its block). */
function textBox(el: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getBoundingClientRect();
}

/**
 * Issue #13: every example of a widget, in Arabic (`lang="ar"`), renders right to left:
 * its root has `dir="rtl"`, it shows Arabic script, its heading (or first paragraph) starts
 * on the right, it fits 320 px without overflowing on either side, no two controls
 * overlap, and axe-core finds nothing.
 */
export function describeExamplesInArabic<E extends WidgetExample>(
  title: string,
  examples: readonly E[],
  { mount = mountExample, cleanUp }: ExampleSuiteOptions<E> = {},
): void {
  describe(`${title}, in Arabic (right to left)`, () => {
    if (cleanUp) {
      beforeEach(cleanUp);
      afterEach(cleanUp);
    }
    for (const example of examples) {
      it(`${example.name}: right to left, in Arabic script, fits 320 px, controls apart, passes axe`, async () => {
        const element = await mount(inArabic(example));
        await settled(element, example.settles);
        await playSteps(element, example.steps);
        const text = await steadyText(element);

        const base = element.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getAttribute('dir'), 'dir on the widget’s root').to.equal('rtl');
        expect(getComputedStyle(base).direction).to.equal('rtl');
        expect(base.getAttribute('lang')).to.equal('ar');
        expect(ARABIC.test(text), `no Arabic script in "${text.slice(0, 120)}…"`).to.equal(true);

        // The start side is the right: the heading's text ends at the right of its box,
        // and that box reaches (near) the widget's right edge.
        const first = firstText(element);
        if (first) {
          const own = first.getBoundingClientRect();
          const style = getComputedStyle(first);
          const contentRight = own.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
          const words = textBox(first);
          const widget = base.getBoundingClientRect();
          expect(style.textAlign, `text-align of ${first.localName} "${first.textContent!.trim().slice(0, 30)}"`).to.be.oneOf(['start', 'right']);
          expect(contentRight - words.right, `${first.localName}'s text is right-aligned`).to.be.at.most(2);
          expect(widget.right - words.right, `${first.localName}'s text starts near the widget's right edge`).to.be.at.most(48);
          expect(widget.right - words.right, `${first.localName}'s text is nearer the right edge than the left`).to.be.at.most(words.left - widget.left + 1);
        }

        await expect(element).to.be.accessible();

        // 320 px (WCAG 1.4.10). Right to left, what sticks out goes out on the left: the
        // root (rtl) counts that in its scrollWidth, the host (ltr) does not.
        element.parentElement!.style.width = '320px';
        const fits = () => element.scrollWidth <= 320 && base.scrollWidth <= base.clientWidth + 1;
        await waitUntil(fits, '', { timeout: 2000 }).catch(() => undefined);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const left = element.getBoundingClientRect().left;
        const outLeft = deepElements(element)
          .filter((el) => el.getBoundingClientRect().width > 1 && el.getBoundingClientRect().left < left - 1)
          .slice(0, 3)
          .map((el) => el.localName + (typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''));
        expect(base.scrollWidth, `sticks out on the left at 320 px: ${outLeft.join(', ')}`).to.be.at.most(base.clientWidth + 1);
        const { wider, overlaps } = hostChecks(element, 320);
        expect(wider, 'wider than 320 px').to.deep.equal([]);
        expect(overlaps, 'controls that overlap at 320 px').to.deep.equal([]);
      });
    }
  });
}
