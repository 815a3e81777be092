import './index.js';
import { statCardExamples } from './examples.js';
import { describeExamples } from '../../../test/support/examples.js';
import '../../../test/support/locale-guard.js';

describeExamples('stat-card examples', statCardExamples);
