// Gemeente Rotterdam's house style with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('rotterdam', 'light', {
  primaryButton: '--utrecht-button-primary-action-background-color',
  focusRing: '--utrecht-focus-outline-color',
});
