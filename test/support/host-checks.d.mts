/** See host-checks.mjs. */
export function hostChecks(
  widget: Element,
  width: number,
): { wider: string[]; overlaps: string[]; small: string[]; shown: boolean };
