import { distanceKm, looksLikePostcode, resolvePostcode, type PlaceProblem, type ResolvedPlace } from '@digivaardig/core';
import { loadPc4TableFor } from '@digivaardig/data/pc4';

/** Why a typed place was not found (core's resolvePlace); the element says it in words. */
export type { PlaceProblem };

/** Where the visitor is, from the postcode or place they typed: a point with its label ("2311 EZ Leiden", "Utrecht"). */
export type Origin = ResolvedPlace;

/** Distances come with the postcode lookup, so a page without a postcode does not load them. */
export { distanceKm };

/**
 * The point of a postcode ("2311 EZ", "2311") or a place name ("Leiden", "Den Bosch"),
 * from the embedded PC4 table, by core's one place resolver (a name it does not know comes
 * back as a problem, with a suggestion when one is near). This module and the table load
 * only when a place is typed; a postcode loads only its region of the table and not the
 * place-name search (place-names.ts, with the whole table).
 */
export async function findOrigin(text: string): Promise<{ origin?: Origin; problem?: PlaceProblem }> {
  const table = await loadPc4TableFor(text);
  const result = looksLikePostcode(text.trim()) ? resolvePostcode(table, text) : (await import('./place-names.js')).resolvePlace(table, text);
  return result.ok ? { origin: result.place } : { problem: result.problem };
}
