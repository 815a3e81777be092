import { expect } from '@open-wc/testing';
import './index.js';
import { statCardExamples } from './examples.js';
import { deepText, mountExample, settled } from '../../../test/support/examples.js';

// Every example (the same list that makes the stories and the docs) renders, settles in
// its state, shows its text, and has no axe-core violations in that state.
describe('stat-card examples', () => {
  for (const example of statCardExamples) {
    it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
      const element = await mountExample(example);
      await settled(element, example.settles);
      if (example.shows) expect(deepText(element)).to.contain(example.shows);
      // Nothing sticks out of a narrow phone screen.
      if (example.width) expect(element.scrollWidth).to.be.at.most(example.width);
      await expect(element).to.be.accessible();
    });
  }
});
