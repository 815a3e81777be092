// Gemeente Utrecht's house style, dark (utrecht-theme--color-scheme-dark) with our bridge: see test/house-style-suite.ts.
import { describeHouseStyle } from './test/house-style-suite.js';
import '../../../test/support/locale-guard.js';

describeHouseStyle('utrecht', 'dark', {
  primaryButton: '--utrecht-button-primary-action-background-color',
  // Utrecht's dark theme keeps a black focus ring (1.4:1 on its dark background): ours.
  focusRing: 'ours',
});
