import type { Topic, Weekday } from '@digivaardig/core';
import type { CourseSort, PartOfDay } from './search/filter.js';
import type { CourseFormat } from './types.js';

/** What the visitor searches for and filters on (see url-state.ts for its form in the address). */
export interface FinderState {
  q: string;
  topics: Topic[];
  programmes: string[];
  formats: CourseFormat[];
  free: boolean;
  days: Weekday[];
  times: PartOfDay[];
  postcode: string;
  /** Kilometres; 0 = no limit. */
  distance: number;
  sort: CourseSort | '';
}

export const EMPTY_STATE: FinderState = {
  q: '',
  topics: [],
  programmes: [],
  formats: [],
  free: false,
  days: [],
  times: [],
  postcode: '',
  distance: 0,
  sort: '',
};

/** The part of a hash for `key`, or undefined when the hash is for someone else. */
export function hashQuery(hash: string, key: string): string | undefined {
  const text = hash.replace(/^#/, '');
  const [name, query = ''] = text.split(/\?(.*)/s) as [string, string?];
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    return undefined;
  }
  return decoded === key ? query : undefined;
}

