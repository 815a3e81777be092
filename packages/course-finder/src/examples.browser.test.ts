import { expect } from '@open-wc/testing';
import './index.js';
import { courseFinderExamples } from './examples.js';
import { deepText, mountExample, settled } from '../../../test/support/examples.js';

// Every example (the same list that makes the stories and the docs) renders, settles in
// its state, shows its text, and has no axe-core violations in that state.
describe('course-finder examples', () => {
  // A finder with sync-url writes the page address; start each example from a clean one.
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));
  for (const example of courseFinderExamples) {
    it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
      const element = await mountExample(example);
      await settled(element, example.settles);
      if (example.shows) expect(deepText(element)).to.contain(example.shows);
      await expect(element).to.be.accessible();
    });
  }
});
