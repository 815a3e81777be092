/*
 * The place-name search (core's resolvePlace: names, other names, typo distance), a chunk
 * of its own: place-lookup.ts loads it only for a name, not for a postcode.
 */
export { resolvePlace } from '@digivaardig/core';
