import { expect, waitUntil } from '@open-wc/testing';
import type { WidgetExample } from '@digivaardig/core';
import { playSteps } from '../../stories/support/play-steps.js';
import { hostChecks } from './host-checks.mjs';
import { deepElements, mountExample, settled, steadyText, type ExampleSuiteOptions } from './examples.js';

/** The languages besides Dutch (the source, run by examples.browser.test.ts); Arabic is written right to left. */
export type ExampleLocale = 'en' | 'ar' | 'tr' | 'pl' | 'uk';

interface LocaleTraits {
  /** The language's name in English, for the suite's title. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Letters a text in the language shows and a Dutch or English one does not. */
  letters: RegExp;
  /** What `letters` means, for the failure message. */
  script: string;
}

export const LOCALE_TRAITS: Record<ExampleLocale, LocaleTraits> = {
  // English shares its letters with Dutch: short words Dutch does not have count.
  en: {
    name: 'English',
    dir: 'ltr',
    letters: /(^|[^\p{L}])(the|you|your|and|for|with|no|not|of|to|by|loading|source|measured)(?![\p{L}])/iu,
    script: 'English words (the, you, your, and, for, with, no, not, of, to, by, loading, source, measured)',
  },
  ar: { name: 'Arabic', dir: 'rtl', letters: /[\u0600-\u06FF]/, script: 'Arabic script' },
  // A short text may lack ı, ş and ğ ("Yükleniyor…"): ç, ö and ü count too (Dutch UI text has none).
  tr: { name: 'Turkish', dir: 'ltr', letters: /[ıİşŞğĞçÇöÖüÜ]/, script: 'Turkish letters (ı, ş, ğ, ç, ö, ü)' },
  // A short text may lack them all ("Nie znaleziono liczb dla tego wyboru."): Polish "nie",
  // "się", "dla", "jest" count too.
  pl: {
    name: 'Polish',
    dir: 'ltr',
    letters: /[łŁąĄęĘśŚżŻźŹćĆńŃóÓ]|(^|[^\p{L}])(nie|się|dla|jest)(?![\p{L}])/iu,
    script: 'Polish letters (ł, ą, ę, ś, ż, ó) or words (nie, się, dla, jest)',
  },
  uk: { name: 'Ukrainian', dir: 'ltr', letters: /[\u0400-\u04FF]/, script: 'Cyrillic' },
};

/**
 * Distinctive Dutch words of the widgets' own interface (buttons, headings, notes). None may
 * show in another language: one that does is a message without a translation. Data such as
 * place names, addresses and names of libraries stays Dutch and is not in this list.
 */
export const DUTCH_UI_WORDS = [
  'Volgende',
  'Vorige',
  'Zoek',
  'Zoeken',
  'Bronnen',
  'Bron',
  'locaties',
  'locatie',
  'Lees voor',
  'Toon',
  'Voorbeeldgegevens',
  'Openingstijden',
  'cursussen',
  'Gemeten in',
  'vandaag',
  'gesloten',
  'Opnieuw',
  'Begin',
  'Sluiten',
];

/**
 * The same for English: a message without a translation falls back to English before
 * Dutch (core/src/i18n/fallback.ts), so a missing one shows English words.
 */
export const ENGLISH_UI_WORDS = [
  // (Regular expressions: a statistic's source is "Smit & Camo (Next Value Research), KB".)
  'Next(?! Value Research)',
  'Previous',
  'Search',
  'Sources',
  'Source',
  'locations',
  'location',
  'Read aloud',
  'Show',
  'Example data',
  'Opening hours',
  'courses',
  'Measured in',
  'today',
  'closed',
  'Try again',
  'Close',
  'Loading',
];

const wordsIn = (words: readonly string[], text: string) => words.filter((word) => new RegExp(`(^|[^\\p{L}])${word}(?![\\p{L}])`, 'u').test(text));

/** The Dutch interface words that show in `text` (whole words only). */
export const dutchWordsIn = (text: string): string[] => wordsIn(DUTCH_UI_WORDS, text);

/** The English interface words that show in `text` (whole words only). */
export const englishWordsIn = (text: string): string[] => wordsIn(ENGLISH_UI_WORDS, text);

/** The example with `lang` on the widget and on every widget on its page. */
export function inLocale<E extends WidgetExample>(example: E, lang: string): E {
  return {
    ...example,
    attributes: { ...example.attributes, lang },
    companions: example.companions?.map((companion) => ({ ...companion, attributes: { ...companion.attributes, lang } })),
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

/** Arabic: the heading (or first paragraph) starts on the right. */
function expectStartOnTheRight(element: HTMLElement, base: HTMLElement): void {
  const first = firstText(element);
  if (!first) return;
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

/**
 * Issue #13: every example of a widget in English or one of the newcomers' languages (`lang` on the
 * widget and its companions): its root has that `lang` and the language's `dir`; its text
 * is in that language (letters of the language show, and none of the widgets' distinctive
 * Dutch or English interface words); it fits 320 px with nothing sticking out on either
 * side and no text cut off (long Polish and Ukrainian words wrap); no two controls overlap;
 * axe-core finds nothing. In Arabic the heading (or first paragraph) also starts on the
 * right. One test per example and language.
 */
export function describeExamplesIn<E extends WidgetExample>(
  locale: ExampleLocale,
  title: string,
  examples: readonly E[],
  { mount = mountExample, cleanUp }: ExampleSuiteOptions<E> = {},
): void {
  const traits = LOCALE_TRAITS[locale];
  const rtl = traits.dir === 'rtl';
  describe(`${title}, in ${traits.name}${rtl ? ' (right to left)' : ''}`, () => {
    if (cleanUp) {
      beforeEach(cleanUp);
      afterEach(cleanUp);
    }
    for (const example of examples) {
      const what = rtl ? 'right to left' : `lang="${locale}" dir="ltr"`;
      it(`${example.name}: ${what}, in ${traits.name}, no Dutch or English interface words, fits 320 px, controls apart, passes axe`, async () => {
        const element = await mount(inLocale(example, locale));
        await settled(element, example.settles);
        await playSteps(element, example.steps);
        const text = await steadyText(element);

        const base = element.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
        expect(base.getAttribute('lang'), 'lang on the widget’s root').to.equal(locale);
        expect(base.getAttribute('dir'), 'dir on the widget’s root').to.equal(traits.dir);
        expect(getComputedStyle(base).direction).to.equal(traits.dir);
        expect(traits.letters.test(text), `no ${traits.script} in "${text.slice(0, 160)}…"`).to.equal(true);
        // The widget's own words, and the names given to its controls, are in the language.
        const labels = deepElements(element)
          .flatMap((el) => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('placeholder')])
          .filter(Boolean)
          .join(' | ');
        expect(dutchWordsIn(`${text} | ${labels}`), `Dutch interface words in the ${traits.name} widget`).to.deep.equal([]);
        if (locale !== 'en') {
          expect(englishWordsIn(`${text} | ${labels}`), `English interface words (a missing translation) in the ${traits.name} widget`).to.deep.equal([]);
        }

        if (rtl) expectStartOnTheRight(element, base);

        await expect(element).to.be.accessible();

        // 320 px (WCAG 1.4.10). Right to left, what sticks out goes out on the left: the
        // root (rtl) counts that in its scrollWidth, the host (ltr) does not.
        element.parentElement!.style.width = '320px';
        const fits = () => element.scrollWidth <= 320 && base.scrollWidth <= base.clientWidth + 1;
        // Charts follow their box on later frames (a ResizeObserver); a busy machine needs time.
        await waitUntil(fits, '', { timeout: 5000 }).catch(() => undefined);
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const { left, right } = element.getBoundingClientRect();
        const out = deepElements(element)
          .filter((el) => el.getBoundingClientRect().width > 1 && (el.getBoundingClientRect().left < left - 1 || el.getBoundingClientRect().right > right + 1))
          .slice(0, 3)
          .map((el) => `${el.localName}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
        expect(base.scrollWidth, `sticks out at 320 px: ${out.join(', ')}`).to.be.at.most(base.clientWidth + 1);
        // A long word that does not wrap is cut off where it cannot stick out (a button or
        // cell with overflow hidden): text wider than its own box.
        const cut = deepElements(element)
          .filter((el) => !el.closest('.leaflet-container') && [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()))
          .filter((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
          .map((el) => `${el.localName} "${el.textContent!.trim().slice(0, 40)}" (${el.scrollWidth} px in ${el.clientWidth} px)`);
        expect(cut, 'text cut off at 320 px').to.deep.equal([]);
        const { wider, overlaps } = hostChecks(element, 320);
        expect(wider, 'wider than 320 px').to.deep.equal([]);
        expect(overlaps, 'controls that overlap at 320 px').to.deep.equal([]);
      });
    }
  });
}

/** Every example of a widget in English, Turkish, Polish and Ukrainian (Arabic has its own file). */
export function describeExamplesInOtherLanguages<E extends WidgetExample>(title: string, examples: readonly E[], options: ExampleSuiteOptions<E> = {}): void {
  for (const locale of ['en', 'tr', 'pl', 'uk'] as const) describeExamplesIn(locale, title, examples, options);
}
