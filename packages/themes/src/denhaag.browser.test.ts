// Gemeente Den Haag's house style with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('denhaag', 'light', {
  primaryButton: '--denhaag-button-primary-action-background-color',
  focusRing: '--denhaag-focus-border-color',
});
