import './index.js';
import { selfCheckExamples } from './examples.js';
import { mountSelfCheck } from './test/mount.js';
import { describeExamplesInNewcomerLanguages } from '../../../test/support/locale-examples.js';
import '../../../test/support/locale-guard.js';

// Issue #13: every example in Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
describeExamplesInNewcomerLanguages('self-check examples', selfCheckExamples, {
  // Examples bring stored progress and answers along through the public API.
  mount: mountSelfCheck,
  cleanUp: () => localStorage.clear(),
});
