import './index.js';
import { statCardExamples } from './examples.js';
import { describeExamplesInOtherLanguages } from '../../../test/support/locale-examples.js';
import '../../../test/support/locale-guard.js';

// Issue #13: every example in English, Turkish, Polish and Ukrainian (Arabic: examples.rtl.browser.test.ts).
describeExamplesInOtherLanguages('stat-card examples', statCardExamples);
