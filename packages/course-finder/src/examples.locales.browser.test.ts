import './index.js';
// The "Following a self-check" example has a real self-check on its page.
import '@digivaardig/self-check';
import { courseFinderExamples } from './examples.js';
import { describeExamplesInOtherLanguages } from '../../../test/support/locale-examples.js';
import '../../../test/support/locale-guard.js';

// Issue #13: every example in English, Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
describeExamplesInOtherLanguages('course-finder examples', courseFinderExamples, {
  // A finder with sync-url writes the page address; start each example from a clean one.
  cleanUp: () => location.hash && history.replaceState(null, '', location.pathname + location.search),
});
