import { expect, waitUntil } from '@open-wc/testing';
import './index.js';
import { idoFinderExamples } from './examples.js';
import { deepElements, mountExample, settled } from '../../../test/support/examples.js';
import { describeExamplesInArabic, inArabic } from '../../../test/support/rtl-examples.js';
import { foreignRequests, holdForeignImages } from '../test/foreign-images.js';
import '../../../test/support/locale-guard.js';

describe('ido-finder examples in Arabic, offline', () => {
  // "Map with tiles" shows PDOK tiles: held here, so the suite reaches no other host.
  let held: ReturnType<typeof holdForeignImages>;
  before(() => (held = holdForeignImages()));
  after(() => {
    held.restore();
    expect(foreignRequests()).to.deep.equal([]);
  });

  describeExamplesInArabic('ido-finder examples', idoFinderExamples);

  // The map stays a map (west on the left); its controls change sides with the text.
  it('Map without tiles, in Arabic: zoom buttons top right, scale top left, attribution bottom left, the result arrow points left', async () => {
    const element = await mountExample(inArabic(idoFinderExamples.find((example) => example.name === 'Map without tiles')!));
    await settled(element, 'ready');
    const find = (selector: string) => deepElements(element).find((el) => el.matches(selector));
    await waitUntil(() => find('.leaflet-control-zoom') && find('.leaflet-control-scale'), 'the map’s controls never came', { timeout: 5000 });
    const map = find('.leaflet-container')!.getBoundingClientRect();
    const zoom = find('.leaflet-control-zoom')!.getBoundingClientRect();
    const scale = find('.leaflet-control-scale')!.getBoundingClientRect();
    const attribution = find('.leaflet-control-attribution')!.getBoundingClientRect();
    expect(map.right - zoom.right, 'zoom buttons at the right edge').to.be.within(0, 16);
    expect(zoom.top - map.top, 'zoom buttons at the top').to.be.within(0, 16);
    expect(scale.left - map.left, 'scale at the left edge').to.be.within(0, 16);
    expect(attribution.left - map.left, 'attribution at the left edge').to.be.within(0, 2);
    expect(map.bottom - attribution.bottom, 'attribution at the bottom').to.be.within(0, 2);
    const name = find('li.result button.name')!;
    expect(getComputedStyle(name, '::after').content).to.contain('‹');
  });
});
