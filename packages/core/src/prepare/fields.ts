import type { PrepareContext } from '../data/report.js';

/*
 * Small readings that more than one format's preparer needs (course locations and IDO
 * locations both have a point and links): each reads one field of a raw record in place,
 * and leaves it out through the context when it cannot be used.
 */

type Data = Record<string, unknown>;

/** A coordinate with a decimal point or comma ("52,16"); null when it is not one within bounds. */
function coordinate(value: unknown, [min, max]: readonly [number, number]): number | undefined | null {
  if (value === undefined || value === '') return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
  return Number.isFinite(number) && number >= min && number <= max ? number : null;
}

/** True when `lat` and `lon` are the last two keys of `target`, in that order. */
function endsWithPoint(target: Data): boolean {
  let before: string | undefined;
  let last: string | undefined;
  for (const key in target) {
    before = last;
    last = key;
  }
  return before === 'lat' && last === 'lon';
}

/**
 * Reads `lat` and `lon` of `target` as numbers within the bounds (the Netherlands); one out
 * of bounds is left out (`out-of-range`, field `${path}lat`). A point needs both: with one
 * missing or left out, neither stays (a postcode may place the record instead).
 */
export function preparePoint(
  target: Data,
  context: PrepareContext,
  bounds: { readonly lat: readonly [number, number]; readonly lon: readonly [number, number] },
  path = '',
): void {
  const lat = coordinate(target.lat, bounds.lat);
  const lon = coordinate(target.lon, bounds.lon);
  if (lat === null) context.dropField(`${path}lat`, 'out-of-range', target.lat);
  if (lon === null) context.dropField(`${path}lon`, 'out-of-range', target.lon);
  if (lat != null && lon != null && endsWithPoint(target)) {
    // Already the last two fields, in this order (a sheet's columns often are): set in place,
    // which leaves the same record as below without deleting (a delete slows every later read).
    target.lat = lat;
    target.lon = lon;
    return;
  }
  delete target.lat;
  delete target.lon;
  if (lat != null && lon != null) Object.assign(target, { lat, lon });
}

/**
 * Reads a link field: `https://…` or `http://…` stays, `www.…` becomes `https://www.…`;
 * any other scheme (`javascript:`, `data:`, `ftp:`) is left out as `unsafe-link`, other text
 * as `wrong-form`. Nothing else ever reaches a link.
 */
export function prepareLink(target: Data, field: string, context: PrepareContext, path = field): void {
  const value = target[field];
  if (value === undefined) return;
  const text = typeof value === 'string' ? value.trim() : '';
  const url = /^www\./i.test(text) ? `https://${text}` : text;
  if (/^https?:\/\/[^\s]+$/i.test(url)) {
    target[field] = url;
    return;
  }
  const otherScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^https?:/i.test(text);
  context.dropField(path, otherScheme ? 'unsafe-link' : 'wrong-form', value);
  delete target[field];
}
