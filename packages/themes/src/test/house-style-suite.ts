// The browser test of one house style: its real token CSS and our bridge are loaded, the
// page is in the house style (its class on <body>, as a municipal site has it), and then
//   - the self-check's primary button has the house style's own button colour,
//   - the finders' focus ring has the house style's own focus colour,
//   - every example of every widget still settles and passes axe.
// The expected colours come from the house style's tokens named here (not from the bridge),
// compared with the computed style of the real widgets.
import { expect, waitUntil } from '@open-wc/testing';
import '@digivaardig/stat-card';
import '@digivaardig/self-check';
import '@digivaardig/ido-finder';
import '@digivaardig/course-finder';
import type { WidgetExample } from '@digivaardig/core';
import { statCardExamples } from '../../../stat-card/src/examples.js';
import { selfCheckExamples } from '../../../self-check/src/examples.js';
import { mountSelfCheck } from '../../../self-check/src/test/mount.js';
import { idoFinderExamples } from '../../../ido-finder/src/examples.js';
import { courseFinderExamples } from '../../../course-finder/src/examples.js';
import { holdForeignImages } from '../../../ido-finder/test/foreign-images.js';
import { deepElements, mountExample, settled } from '../../../../test/support/examples.js';
import { playSteps } from '../../../../stories/support/play-steps.js';
import { houseStyle, type HouseStyleId } from '../house-styles.js';
import { computedColor, loadHouseStyle, ourColors, rgb, type Mode } from './page.js';

export interface HouseStyleExpectations {
  /** The house style's token for a primary button's background. */
  readonly primaryButton: string;
  /**
   * The house style's token for the focus ring, or `ours` where it has none or where its
   * colour fails 3:1 (the bridge keeps the widgets' own; see contrast.browser.test.ts).
   */
  readonly focusRing: string | 'ours';
}

const WIDGETS: readonly { readonly title: string; readonly examples: readonly WidgetExample[]; readonly mount?: (example: never) => Promise<HTMLElement> }[] = [
  { title: 'stat card', examples: statCardExamples },
  { title: 'self-check', examples: selfCheckExamples, mount: mountSelfCheck },
  { title: 'ido finder', examples: idoFinderExamples },
  { title: 'course finder', examples: courseFinderExamples },
];

export function describeHouseStyle(id: HouseStyleId, mode: Mode, expected: HouseStyleExpectations): void {
  const style = houseStyle(id);
  const classes = mode === 'dark' ? [style.className, style.dark!.className] : [style.className];

  describe(`${style.name} (${mode}): widgets in the house style`, () => {
    let held: ReturnType<typeof holdForeignImages>;
    before(async () => {
      await loadHouseStyle(style);
      document.body.classList.add(...classes);
      // "Map with tiles" would load PDOK tiles: held, so the suite stays offline.
      held = holdForeignImages();
    });
    after(() => {
      held.restore();
      document.body.classList.remove(...classes);
    });
    afterEach(() => localStorage.clear());

    /** The house style's colour for a token, as computed on the page. */
    const tokenColor = (token: string) => {
      const color = computedColor(`var(${token})`, document.body);
      if (!color) throw new Error(`${token} is not a colour in ${style.tokenPackage}`);
      return rgb(color);
    };
    const expectedFocus = () => (expected.focusRing === 'ours' ? rgb(ourColors(mode).focus) : tokenColor(expected.focusRing));

    it(`the self-check's primary button has the house style's button colour (${expected.primaryButton})`, async () => {
      const element = await mountSelfCheck(selfCheckExamples.find((example) => example.name === 'Intro')!);
      await settled(element, 'ready');
      const button = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) => !candidate.classList.contains('secondary'));
      expect(button, 'a primary button').to.not.equal(undefined);
      expect(getComputedStyle(button!).backgroundColor).to.equal(tokenColor(expected.primaryButton));
    });

    for (const finder of [idoFinderExamples[0]!, courseFinderExamples[0]!]) {
      it(`the ${finder.tag}'s focus ring has the house style's focus colour (${expected.focusRing === 'ours' ? 'ours: see the bridge' : expected.focusRing})`, async () => {
        const element = await mountExample(finder);
        await settled(element, finder.settles);
        const field = deepElements(element).find((candidate): candidate is HTMLInputElement => candidate instanceof HTMLInputElement && candidate.type !== 'hidden');
        expect(field, `a text field in ${finder.tag}`).to.not.equal(undefined);
        field!.focus();
        await waitUntil(() => field!.matches(':focus-visible'), 'the field shows its focus');
        const ring = getComputedStyle(field!);
        expect(ring.outlineStyle).to.not.equal('none');
        expect(ring.outlineColor).to.equal(expectedFocus());
      });
    }

    for (const widget of WIDGETS) {
      describe(`${widget.title} examples`, () => {
        for (const example of widget.examples) {
          it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
            const mount = (widget.mount as ((example: WidgetExample) => Promise<HTMLElement>) | undefined) ?? mountExample;
            const element = await mount(example);
            await settled(element, example.settles);
            await playSteps(element, example.steps);
            await expect(element).to.be.accessible();
          });
        }
      });
    }
  });
}

