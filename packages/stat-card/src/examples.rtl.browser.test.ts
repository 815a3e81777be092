import './index.js';
import { statCardExamples } from './examples.js';
import { describeExamplesInArabic } from '../../../test/support/rtl-examples.js';
import '../../../test/support/locale-guard.js';

describeExamplesInArabic('stat-card examples', statCardExamples);
