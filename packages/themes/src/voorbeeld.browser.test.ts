// NL Design System's Voorbeeld theme with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('voorbeeld', 'light', {
  primaryButton: '--nl-button-primary-background-color',
  focusRing: '--basis-focus-outline-color',
});
