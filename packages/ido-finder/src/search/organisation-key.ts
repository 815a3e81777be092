/*
 * How organisation names are compared (core's matchKey), in a chunk of its own: fetched by
 * the finder's data only when `organisation` is set (see select.ts, filterLocations).
 */
export { matchKey } from '@digivaardig/core';
