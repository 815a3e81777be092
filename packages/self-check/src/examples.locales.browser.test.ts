import './index.js';
import { selfCheckExamples } from './examples.js';
import { mountSelfCheck } from './test/mount.js';
import { describeExamplesInOtherLanguages } from '../../../test/support/locale-examples.js';
import '../../../test/support/locale-guard.js';

// Issue #13: every example in English, Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
describeExamplesInOtherLanguages('self-check examples', selfCheckExamples, {
  // Examples bring stored progress and answers along through the public API.
  mount: mountSelfCheck,
  cleanUp: () => localStorage.clear(),
});
