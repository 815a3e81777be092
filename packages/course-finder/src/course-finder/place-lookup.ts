import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import { adoptStyles, type GeoPoint } from '@digivaardig/core';
import type { Origin, PlaceProblem } from '../data/place-lookup.js';
import type { PlaceNotesModule } from './place-notes.js';

/** The place the visitor asked for: found (distances are measured from it), or why not. */
export interface Place {
  readonly origin?: Origin;
  readonly problem?: PlaceProblem;
  /** How far two points are apart; comes with the lookup. */
  readonly measure: (from: GeoPoint, to: GeoPoint) => number;
  /** What is said about the place, and the choice of order; they come with the lookup too. */
  readonly notes: PlaceNotesModule;
}

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * Looks up the postcode or place name of the finder's state (`postcode()`), as a Task:
 * the visitor may type a second postcode while the first is still being looked up, and the
 * latest one must win (an older answer arriving later is dropped by the Task). The postcode
 * table, the distance code and the words about the place are fetched with the first place
 * asked for, so a page without one never loads them. An empty postcode is no place.
 * `onUnknown` hears of a text that names no place (the finder warns when it is the attribute).
 */
export function placeLookup(
  host: Host,
  postcode: () => string,
  onError: (error: unknown) => void,
  onUnknown: (text: string) => void,
): Task<readonly [string], Place | undefined> {
  return new Task(host, {
    args: () => [postcode().trim()] as const,
    task: async ([text]) => {
      if (!text) return undefined;
      const [{ findOrigin, distanceKm }, notes] = await Promise.all([import('../data/place-lookup.js'), import('./place-notes.js')]);
      adoptStyles(host, notes.placeNoteStyles);
      const found = await findOrigin(text);
      if (found.problem) onUnknown(text);
      return { ...found, measure: distanceKm, notes };
    },
    onError,
  });
}
