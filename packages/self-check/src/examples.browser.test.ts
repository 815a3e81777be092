import './index.js';
import { selfCheckExamples } from './examples.js';
import { mountSelfCheck } from './test/mount.js';
import { describeExamples } from '../../../test/support/examples.js';
import '../../../test/support/locale-guard.js';

describeExamples('self-check examples', selfCheckExamples, {
  // Examples bring stored progress and answers along through the public API.
  mount: mountSelfCheck,
  cleanUp: () => localStorage.clear(),
});
