import './index.js';
import { statCardExamples } from './examples.js';
import { describeExamplesInNewcomerLanguages } from '../../../test/support/locale-examples.js';
import '../../../test/support/locale-guard.js';

// Issue #13: every example in Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
describeExamplesInNewcomerLanguages('stat-card examples', statCardExamples);
