import { expect } from '@open-wc/testing';
import './index.js';
import { idoFinderExamples } from './examples.js';
import { describeExamples } from '../../../test/support/examples.js';
import { foreignRequests, holdForeignImages } from '../test/foreign-images.js';
import '../../../test/support/locale-guard.js';

describe('ido-finder examples, offline', () => {
  // "Map with tiles" shows PDOK tiles: held here, so the suite reaches no other host.
  let held: ReturnType<typeof holdForeignImages>;
  before(() => (held = holdForeignImages()));
  after(() => {
    held.restore();
    expect(foreignRequests()).to.deep.equal([]);
  });

  describeExamples('ido-finder examples', idoFinderExamples);
});
