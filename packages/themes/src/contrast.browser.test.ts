// The contrast floor of the bridges: with each house style's real token CSS and our bridge
// loaded, every colour pair a widget draws meets WCAG 2.2 AA, in light and (where the house
// style has one) dark. Where a house style's own colour fails, the bridge keeps ours; the
// exceptions are listed here, and each is checked both ways: the bridge gives ours, and the
// house style's colour really fails (so an exception goes once the house style fixes it).
import { expect } from '@open-wc/testing';
import { COLOR_TOKENS, failingPairs, type ColorToken, type Rgba } from './contrast.js';
import { HOUSE_STYLES, type HouseStyleId } from './house-styles.js';
import { bridgeDeclarations, bridgedColors, computedColor, customProperty, houseContainer, loadHouseStyle, modesOf, ourColors, rgb, type Mode } from './test/page.js';

/**
 * Where a house style's own colour fails a pair, and the bridge keeps ours: house style and
 * mode → our token → the house style's token that fails. Each one is explained in the
 * bridge's comment and in docs/theming.md.
 */
const EXCEPTIONS: Partial<Record<`${HouseStyleId}:${Mode}`, Partial<Record<ColorToken, string>>>> = {
  'utrecht:light': { success: '--utrecht-feedback-safe-color' },
  'utrecht:dark': { focus: '--utrecht-focus-outline-color', danger: '--utrecht-feedback-danger-color' },
  'rijkshuisstijl:light': { success: '--rhc-color-positive-default' },
};

const same = (a: Rgba, b: Rgba) => rgb(a) === rgb(b);

describe('house-style bridges: contrast floor (WCAG 2.2 AA)', () => {
  const ours: Partial<Record<Mode, Record<ColorToken, Rgba>>> = {};
  before(async () => {
    for (const style of HOUSE_STYLES) await loadHouseStyle(style);
    ours.light = ourColors('light');
    ours.dark = ourColors('dark');
  });
  afterEach(() => document.querySelectorAll('body > div').forEach((div) => div.remove()));

  for (const style of HOUSE_STYLES) {
    for (const mode of modesOf(style)) {
      const exceptions = EXCEPTIONS[`${style.id}:${mode}`] ?? {};
      const selector = `.${mode === 'dark' ? style.dark!.className : style.className}`;

      it(`${style.name} (${mode}): every text/background pair a widget draws meets 4.5:1, focus ring and borders 3:1`, () => {
        const colors = bridgedColors(houseContainer(style, mode), ours[mode]!);
        expect(failingPairs(colors)).to.deep.equal([]);
      });

      it(`${style.name} (${mode}): each colour is the house style's own token, except ${Object.keys(exceptions).join(', ') || 'none'}`, async () => {
        const container = houseContainer(style, mode);
        const colors = bridgedColors(container, ours[mode]!);
        const declarations = await bridgeDeclarations(style, selector);
        for (const token of COLOR_TOKENS) {
          const name = `--dv-color-${token}`;
          expect(declarations.has(name), `${style.bridge} sets ${name} in ${selector}`).to.equal(true);
          const theirs = declarations.get(name);
          const failing = exceptions[token];
          if (failing) {
            // The exception holds: the bridge keeps ours, and the house style's colour fails.
            expect(theirs, `${name} is an exception: the bridge sets ours`).to.equal(undefined);
            expect(rgb(colors[token]), `${name} is ours`).to.equal(rgb(ours[mode]![token]));
            const house = computedColor(`var(${failing})`, container);
            expect(house, `${failing} is defined in ${style.tokenPackage}`).to.not.equal(undefined);
            expect(failingPairs({ ...colors, [token]: house! }), `${failing} fails a pair (else drop the exception)`).to.not.deep.equal([]);
          } else if (theirs) {
            // A mapped colour is the house style's value (its currentColor is the widget's text).
            const host = container.appendChild(document.createElement('div'));
            host.style.color = 'var(--dv-color-text)';
            const house = computedColor(`var(${theirs})`, host);
            expect(house && same(colors[token], house), `${name} = ${theirs}: ${rgb(colors[token])} vs ${house && rgb(house)}`).to.equal(true);
          } else {
            // No token in the house style: ours.
            expect(rgb(colors[token]), `${name} has no token in ${style.name}: ours`).to.equal(rgb(ours[mode]![token]));
          }
        }
        // Every token the bridge reads (colours, radius, spacing, font) is one the house
        // style really has: a typo would silently give our fallback.
        for (const [name, theirs] of declarations) {
          if (theirs) expect(customProperty(container, theirs), `${name} reads ${theirs}, defined in ${style.tokenPackage}`).to.not.equal(undefined);
        }
      });
    }
  }
});
