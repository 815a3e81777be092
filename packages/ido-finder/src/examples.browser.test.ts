import { expect } from '@open-wc/testing';
import './index.js';
import { idoFinderExamples } from './examples.js';
import { deepText, mountExample, settled } from '../../../test/support/examples.js';

// Every example (the same list that makes the stories and the docs) renders, settles in
// its state, shows its text, and has no axe-core violations in that state.
describe('ido-finder examples', () => {
  for (const example of idoFinderExamples) {
    it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
      const element = await mountExample(example);
      await settled(element, example.settles);
      if (example.shows) expect(deepText(element)).to.contain(example.shows);
      await expect(element).to.be.accessible();
    });
  }
});
