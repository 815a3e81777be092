import { parseHttpUrl, type GeoPoint } from '@digivaardig/core';

/**
 * A route to the location on OpenStreetMap (no embedded third-party map: the visitor
 * follows a link). From the searched point when there is one, else with the start empty.
 */
export function routeUrl(to: GeoPoint, from?: GeoPoint): string {
  const point = (p: GeoPoint) => `${p.lat.toFixed(5)},${p.lon.toFixed(5)}`;
  return `https://www.openstreetmap.org/directions?route=${encodeURIComponent(`${from ? point(from) : ''};${point(to)}`)}`;
}

/** A `tel:` link for a Dutch number as people write it ("071 - 123 45 67" → tel:+31711234567). */
export function telUrl(phone: string): string | undefined {
  // "+31 (0)71 …": the (0) is only dialled from inside the country.
  const digits = phone.replace(/\(0\)/g, '').replace(/[^\d+]/g, '');
  if (/^\+\d{8,15}$/.test(digits)) return `tel:${digits}`;
  if (/^00\d{8,15}$/.test(digits)) return `tel:+${digits.slice(2)}`;
  if (/^0\d{9}$/.test(digits)) return `tel:+31${digits.slice(1)}`;
  if (/^0[89]00\d{4,7}$/.test(digits)) return `tel:${digits}`;
  return undefined;
}

/** A `mailto:` link, or undefined for anything that is not a plain address. */
export function mailUrl(email: string): string | undefined {
  const address = email.trim();
  return /^[^@\s<>?&]+@[^@\s<>?&]+\.[^@\s<>?&]+$/.test(address) ? `mailto:${address}` : undefined;
}

/** An http(s) link from a feed, or undefined (javascript: and friends never become links). */
export function webUrl(url: string | undefined): string | undefined {
  return url ? parseHttpUrl(url).value : undefined;
}

/** A web address as people read it: no scheme, no "www.", no trailing slash. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}
