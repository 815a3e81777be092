import './index.js';
import { idoFinderExamples } from './examples.js';
import { describeExamples } from '../../../test/support/examples.js';

describeExamples('ido-finder examples', idoFinderExamples);
