// The Rijkshuisstijl (national government) with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('rijkshuisstijl', 'light', {
  primaryButton: '--utrecht-button-primary-action-background-color',
  focusRing: '--rhc-focus-outline-color',
});
