import { expect } from '@open-wc/testing';
import './index.js';
import { selfCheckExamples } from './examples.js';
import { mountSelfCheck, part } from './test/mount.js';
import { settled } from '../../../test/support/examples.js';
import { describeExamplesInArabic, inArabic } from '../../../test/support/rtl-examples.js';
import '../../../test/support/locale-guard.js';

describeExamplesInArabic('self-check examples', selfCheckExamples, {
  // Examples bring stored progress and answers along through the public API.
  mount: mountSelfCheck,
  cleanUp: () => localStorage.clear(),
});

describe('self-check in Arabic, mirrored', () => {
  afterEach(() => localStorage.clear());

  it('the progress meter fills from the right, and "Volgende" is on the left of "Vorige"', async () => {
    const element = await mountSelfCheck(inArabic(selfCheckExamples.find((example) => example.name === 'Question')!));
    await settled(element, 'ready');
    const meter = part(element, '.meter').getBoundingClientRect();
    const done = part(element, '.meter span').getBoundingClientRect();
    expect(done.width, 'some progress shows').to.be.greaterThan(0);
    expect(done.width).to.be.lessThan(meter.width / 2);
    expect(meter.right - done.right, 'the filled part starts at the right').to.be.within(0, 2);
    const [back, next] = [part(element, '.nav button.secondary'), part(element, '.nav button[type="submit"]')].map((el) => el.getBoundingClientRect());
    expect(next.right, '"Volgende" (forward) on the left').to.be.at.most(back.left);
  });
});
