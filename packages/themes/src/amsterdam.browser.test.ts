// Gemeente Amsterdam's house style with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('amsterdam', 'light', {
  primaryButton: '--ams-button-primary-background-color',
  // Amsterdam has no focus colour token (it uses the browser's own ring): ours.
  focusRing: 'ours',
});
