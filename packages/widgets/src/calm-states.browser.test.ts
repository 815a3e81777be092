import { expect } from '@open-wc/testing';
import './course-finder.js';
import './ido-finder.js';
import './self-check.js';
import './stat-card.js';
import { settled } from '../../../test/support/examples.js';
import '../../../test/support/locale-guard.js';

/*
 * Issue #12, across the widgets: the sample-data note is calm (never the error or focus
 * colour), and a failed `src` keeps the widget's heading, says in plain words what went
 * wrong, and folds the code away for the webmaster.
 */

const THEMES = ['light', 'dark'] as const;

function rgb(colour: string): number[] {
  const parts = colour.match(/[\d.]+/g);
  if (!parts || parts.length < 3) throw new Error(`not a colour: ${colour}`);
  return parts.slice(0, 3).map(Number);
}

/** Euclidean distance in sRGB (0 … 441). */
function distance(a: string, b: string): number {
  const [x, y] = [rgb(a), rgb(b)];
  return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

async function mount(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

const missing = () => `/does-not-exist-${Math.random().toString(36).slice(2)}.json`;

const WITH_NOTE: [tag: string, attributes: Record<string, string>][] = [
  ['dv-ido-finder', { map: 'none' }],
  ['dv-course-finder', {}],
];

describe('sample-data note (issue #12)', () => {
  for (const [tag, attributes] of WITH_NOTE)
  for (const theme of THEMES) {
    it(`<${tag}> is calm in ${theme}: its bar differs clearly from the error border and the focus ring`, async () => {
      const demo = await mount(tag, { ...attributes, theme });
      const failed = await mount('dv-ido-finder', { theme, map: 'none', src: missing() });
      try {
        await settled(demo, 'ready');
        await settled(failed, 'error');
        const note = demo.shadowRoot!.querySelector<HTMLElement>('[part="demo-note"]')!;
        expect(note, 'the demo note').to.exist;
        expect(note.textContent).to.contain('Voorbeeldgegevens');
        const noteStyle = getComputedStyle(note);
        const bar = noteStyle.borderInlineStartColor;
        expect(parseFloat(noteStyle.borderInlineStartWidth)).to.be.greaterThan(0);
        const errorBox = failed.shadowRoot!.querySelector<HTMLElement>('.status.error')!;
        const errorColour = getComputedStyle(errorBox).borderTopColor;
        const retry = errorBox.querySelector('button')!;
        retry.focus({ focusVisible: true } as FocusOptions);
        expect(retry.matches(':focus-visible'), 'the retry button shows its focus ring').to.be.true;
        const focusColour = getComputedStyle(retry).outlineColor;
        // The focus ring's colour as the theme gives it (read from the token, not the state).
        const probe = document.createElement('span');
        probe.style.color = 'var(--_focus)';
        demo.shadowRoot!.append(probe);
        const focusToken = getComputedStyle(probe).color;
        probe.style.color = 'var(--_danger)';
        const dangerToken = getComputedStyle(probe).color;
        probe.remove();
        expect(errorColour).to.equal(dangerToken);
        expect(focusColour).to.equal(focusToken);
        for (const [name, other] of [
          ['error border', errorColour],
          ['danger token', dangerToken],
          ['focus token', focusToken],
          ['focus ring', focusColour],
        ]) {
          expect(distance(bar, other), `${theme}: note bar ${bar} vs ${name} ${other}`).to.be.at.least(90);
          expect(distance(noteStyle.color, other), `${theme}: note text vs ${name}`).to.be.at.least(90);
        }
      } finally {
        demo.remove();
        failed.remove();
      }
    });
  }
});

const WIDGETS: [tag: string, attributes: Record<string, string>, heading: string][] = [
  ['dv-course-finder', {}, 'Cursussen digitale vaardigheden'],
  ['dv-ido-finder', { map: 'none' }, 'Vind een Informatiepunt Digitale Overheid'],
  ['dv-self-check', {}, 'Test je digitale vaardigheden'],
  ['dv-stat-card', { stat: 'digid-accounts' }, 'Cijfer over digitale vaardigheden'],
];

describe('a failed src (404) in each widget (issue #12)', () => {
  for (const [tag, attributes, heading] of WIDGETS) {
    it(`<${tag}>: keeps its heading, says in plain words what to do, the code only in the webmaster's detail`, async () => {
      const element = await mount(tag, { ...attributes, src: missing() });
      try {
        await settled(element, 'error');
        const root = element.shadowRoot!;
        const title = root.querySelector('[part="heading"]')!;
        expect(title, 'heading').to.exist;
        expect(title.localName).to.match(/^h[1-6]$/);
        expect(title.textContent!.trim()).to.equal(heading);
        const alert = root.querySelector<HTMLElement>('[role="alert"]')!;
        const details = alert.querySelector('details')!;
        expect(details, 'the detail for the webmaster').to.exist;
        expect(details.open).to.be.false;
        expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Voor de beheerder van de website');
        expect(details.textContent).to.contain('HTTP 404');
        const plain = [...alert.querySelectorAll('p')].filter((p) => !details.contains(p)).map((p) => p.textContent).join(' ');
        expect(plain).to.contain('Probeer het later opnieuw');
        expect(plain).not.to.match(/404|foutcode|http/i);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });
  }
});

/** The inset of the first content child from the base box, on each side. */
function insets(element: HTMLElement): number[] {
  const base = element.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
  const first = base.firstElementChild as HTMLElement;
  const [outer, inner] = [base.getBoundingClientRect(), first.getBoundingClientRect()];
  return [inner.top - outer.top, outer.right - inner.right, inner.left - outer.left].map(Math.round);
}

describe('dark keeps the inner spacing of light in the finders (issue #12)', () => {
  for (const [tag, attributes] of WITH_NOTE) {
    it(`<${tag}>: the first content child sits as far from the base box's edges in dark as in light, and not on them`, async () => {
      const light = await mount(tag, { ...attributes, theme: 'light' });
      const dark = await mount(tag, { ...attributes, theme: 'dark' });
      try {
        await settled(light, 'ready');
        await settled(dark, 'ready');
        const [lightInsets, darkInsets] = [insets(light), insets(dark)];
        expect(darkInsets).to.deep.equal(lightInsets);
        for (const inset of darkInsets) expect(inset, 'inset in dark').to.be.at.least(12);
      } finally {
        light.remove();
        dark.remove();
      }
    });
  }
});
