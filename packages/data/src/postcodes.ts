import { decodePc4Table, type Pc4Table } from '@digivaardig/core';

let table: Promise<Pc4Table> | undefined;

/**
 * The embedded four-digit postcode table (© GeoNames, CC BY 4.0, bewerkt), fetched once
 * per page and only when a finder first needs it (about 28 KB gzipped).
 */
export function loadPc4Table(): Promise<Pc4Table> {
  table ??= import('../data/pc4.json').then((module) => decodePc4Table(module.default));
  return table;
}
