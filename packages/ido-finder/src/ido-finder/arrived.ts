import { WidgetProblem } from '@digivaardig/core';

/**
 * A part of the finder fetched when needed (its search code, the demonstration set, the
 * postcode table) that does not arrive is a network problem, offered "Probeer opnieuw",
 * not a bug. A failed fetch may be tried again later: `again` forgets the failed one.
 */
export function arrived<T>(part: Promise<T>, again?: () => void): Promise<T> {
  return part.catch(() => {
    again?.();
    throw new WidgetProblem({ code: 'network' });
  });
}
