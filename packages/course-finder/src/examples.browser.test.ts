import './index.js';
// The "Following a self-check" example has a real self-check on its page.
import '@digivaardig/self-check';
import { courseFinderExamples } from './examples.js';
import { describeExamples } from '../../../test/support/examples.js';
import '../../../test/support/locale-guard.js';

describeExamples('course-finder examples', courseFinderExamples, {
  // A finder with sync-url writes the page address; start each example from a clean one.
  // Only when there is a hash to clear: WebKit refuses more than 100 replaceState calls in 30 s.
  cleanUp: () => location.hash && history.replaceState(null, '', location.pathname + location.search),
});
