import './index.js';
import { selfCheckExamples } from './examples.js';
import { mountSelfCheck } from './test/mount.js';
import { describeExamplesInArabic } from '../../../test/support/rtl-examples.js';
import '../../../test/support/locale-guard.js';

describeExamplesInArabic('self-check examples', selfCheckExamples, {
  // Examples bring stored progress and answers along through the public API.
  mount: mountSelfCheck,
  cleanUp: () => localStorage.clear(),
});
