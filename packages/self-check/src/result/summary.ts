import type { CheckResult } from '@digivaardig/core';

/**
 * What the result says first, in one of four cases:
 * - `learn`: areas where the visitor can learn most (`names`, lowest first);
 * - `none`: no area got a level (only "Weet ik niet" / "Ik begrijp de vraag niet"),
 *   so there is nothing to praise or advise yet;
 * - `all-top`: every area is at the top level;
 * - `top-where-known`: every area with a level is at the top level, some have none.
 */
export type Summary =
  | { readonly kind: 'learn'; readonly names: readonly string[] }
  | { readonly kind: 'none' | 'all-top' | 'top-where-known' };

/** `titleOf` gives an area's name in the visitor's language. */
export function summarize(result: CheckResult, titleOf: (id: string) => string): Summary {
  const scored = result.areas.filter((area) => area.score !== null);
  if (scored.length === 0) return { kind: 'none' };
  // `weakest` leaves out the areas at the top level, so it is empty only when all scored ones are there.
  if (result.weakest.length > 0) return { kind: 'learn', names: result.weakest.map(titleOf) };
  return { kind: scored.length === result.areas.length ? 'all-top' : 'top-where-known' };
}
