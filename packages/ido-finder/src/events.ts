import type { Location } from './locations/location.js';

/** `dv-location-select`: the visitor chose a location, in the list or on the map. */
export interface LocationSelectDetail {
  /** The chosen location, as the feed (or the demonstration set) gives it. */
  readonly location: Location;
}

declare module '@digivaardig/core' {
  interface DvEventDetails {
    'dv-location-select': LocationSelectDetail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dv-location-select': CustomEvent<LocationSelectDetail>;
  }
}
