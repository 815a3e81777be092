// `import '@digivaardig/ido-finder'` defines <dv-ido-finder>. The definition lives in this
// file on purpose: package.json lists it (only) as having side effects.
import { defineElement, registerCatalogs } from '@digivaardig/core';
import { DvIdoFinder } from './ido-finder/dv-ido-finder.js';
import { DEFAULT_TILES } from './map/tiles.js';
import { catalogs } from './generated/locales/index.js';

registerCatalogs(catalogs);
defineElement('dv-ido-finder', DvIdoFinder);

export { DvIdoFinder, DEFAULT_TILES };
// Only the element and small constants: the search logic is exported by nothing here, so
// it stays in the lazy part that a page with `map="none"` loads on the first search.
export { SERVICES } from './present/services.js';
export type { Location } from './locations/location.js';
// The detail of `dv-location-select`, typed for `addEventListener` (see events.ts).
export type { LocationSelectDetail } from './events.js';

declare global {
  interface HTMLElementTagNameMap {
    'dv-ido-finder': DvIdoFinder;
  }
}
