/*
 * The whole postcode table's decoder (packed columns, every value checked), imported by
 * postcodes.ts only for the whole table (a place name), so that a postcode search, which
 * decodes just its region, does not load it.
 */
export { decodePc4Table } from '@digivaardig/core';
