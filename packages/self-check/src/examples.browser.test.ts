import { expect } from '@open-wc/testing';
import './index.js';
import { playExample, selfCheckExamples } from './examples.js';
import { mountSelfCheck } from './test/mount.js';
import { deepText, settled } from '../../../test/support/examples.js';

// Every example (the same list that makes the stories and the docs) renders, settles in
// its state, shows its text, and has no axe-core violations in that state.
describe('self-check examples', () => {
  beforeEach(() => localStorage.clear());
  after(() => localStorage.clear());

  for (const example of selfCheckExamples) {
    it(`${example.name}: settles "${example.settles}" and passes axe`, async () => {
      const element = await mountSelfCheck(example);
      await settled(element, example.settles);
      await playExample(element, example);
      if (example.shows) {
        const shows = example.shows;
        // The result arrives with its own chunk a moment after the data.
        await waitForText(element, shows);
        expect(deepText(element)).to.contain(shows);
      }
      await expect(element).to.be.accessible();
    });
  }
});

async function waitForText(element: HTMLElement, text: string): Promise<void> {
  const until = Date.now() + 5000;
  while (!deepText(element).includes(text) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
