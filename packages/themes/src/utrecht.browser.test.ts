// Gemeente Utrecht's house style (light) with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('utrecht', 'light', {
  primaryButton: '--utrecht-button-primary-action-background-color',
  focusRing: '--utrecht-focus-outline-color',
});
