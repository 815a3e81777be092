import { expect, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { DvIdoFinder } from '../ido-finder/dv-ido-finder.js';
import { settled } from '../../../../test/support/examples.js';
import '../../../../test/support/locale-guard.js';

/*
 * Issue #12: the "you are here" marker has a legend and stands out (≥ 3:1, WCAG 1.4.11) in
 * both themes: on the outline fallback's land and water, and on the PDOK tiles' typical light
 * land colour (the tiles are not darkened in the dark theme).
 */

/** The BRT-Achtergrondkaart's most common colour (open land), as the tiles draw it. */
const TILE_LAND = 'rgb(242, 239, 233)';

function channels(colour: string): number[] {
  const parts = colour.match(/[\d.]+/g);
  if (!parts || parts.length < 3) throw new Error(`not a colour: ${colour}`);
  return parts.slice(0, 3).map(Number);
}

function luminance(colour: string): number {
  const [r, g, b] = channels(colour).map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const theme of ['light', 'dark'] as const) {
  describe(`<dv-ido-finder> "you are here" in ${theme}`, () => {
    it('has a legend under the map, its dot in the colour of the marker, and the marker stands out on tiles, land and water', async () => {
      const el = document.createElement('dv-ido-finder') as DvIdoFinder;
      el.setAttribute('theme', theme);
      el.setAttribute('tiles', 'none');
      el.setAttribute('postcode', '2311');
      document.body.append(el);
      try {
        await settled(el, 'ready');
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelector('path.dv-origin'), 'no origin marker', { timeout: 8000 });
        const dot = getComputedStyle(root.querySelector('path.dv-origin')!).fill;
        const ring = getComputedStyle(root.querySelector('path.dv-origin-ring')!).stroke;
        expect(contrast(dot, ring), `dot ${dot} in its ring ${ring}`).to.be.at.least(3);
        const land = getComputedStyle(root.querySelector('path.nl-land')!).fill;
        const water = getComputedStyle(root.querySelector('.map-canvas')!).backgroundColor;
        for (const [name, background] of [
          ['outline land', land],
          ['outline water', water],
          ['tiles', TILE_LAND],
        ]) {
          const best = Math.max(contrast(dot, background), contrast(ring, background));
          expect(best, `${theme}: marker on ${name} (${background}): dot ${dot}, ring ${ring}`).to.be.at.least(3);
        }
        const legend = root.querySelector<HTMLElement>('[part="map-legend"]')!;
        expect(legend, 'legend').to.exist;
        expect(legend.textContent!.trim()).to.equal('Jij bent hier');
        const sample = root.querySelector('.map-canvas')!.getBoundingClientRect();
        const line = legend.getBoundingClientRect();
        expect(line.top, 'the legend is right under the map').to.be.within(sample.bottom - 1, sample.bottom + 40);
        const legendDot = getComputedStyle(legend.querySelector('.origin-dot')!);
        expect(legendDot.backgroundColor).to.equal(dot);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  });
}
