import { isTopic, parseDecimal, type GeoPoint, type Topic, type Weekday } from '@digivaardig/core';
import type { Origin } from './data/place-lookup.js';
import type { CourseQuery, CourseSort, PartOfDay } from './search/filter.js';
import { FORMATS, type CourseFormat } from './types.js';

/**
 * What the visitor searches for and filters on. The names are the attributes' (camelCase),
 * as in the page address (see url-state.ts); state without an attribute is named as its
 * attribute would be.
 */
export interface FinderState {
  query: string;
  topics: Topic[];
  programmes: string[];
  formats: CourseFormat[];
  free: boolean;
  days: Weekday[];
  times: PartOfDay[];
  postcode: string;
  /** Kilometres; 0 = no limit. */
  maxDistance: number;
  sort: CourseSort | '';
}

export const EMPTY_STATE: FinderState = {
  query: '',
  topics: [],
  programmes: [],
  formats: [],
  free: false,
  days: [],
  times: [],
  postcode: '',
  maxDistance: 0,
  sort: '',
};

/** The attributes a webmaster starts the finder with. */
export interface StartAttributes {
  readonly query: string;
  readonly postcode: string;
  readonly maxDistance: string;
  readonly topics: string;
  readonly programmes: string;
  readonly formats: string;
  readonly free: boolean;
}

/** An attribute value the finder could not (fully) use, and what it used instead. */
export interface AttributeProblem {
  readonly attribute: string;
  readonly value: string;
  readonly fallback: string;
}

const list = (raw: string) => raw.split(',').map((item) => item.trim().toLowerCase()).filter(Boolean);
const isFormat = (value: string): value is CourseFormat => (FORMATS as readonly string[]).includes(value);

/** The state the attributes ask for; unusable values are left out and named in `problems`. */
export function stateFromAttributes(attributes: StartAttributes): { state: FinderState; problems: AttributeProblem[] } {
  const problems: AttributeProblem[] = [];
  const topics = list(attributes.topics);
  const formats = list(attributes.formats);
  if (!topics.every(isTopic)) problems.push({ attribute: 'topics', value: attributes.topics, fallback: topics.filter(isTopic).join(',') });
  if (!formats.every(isFormat)) problems.push({ attribute: 'formats', value: attributes.formats, fallback: formats.filter(isFormat).join(',') });
  const { value: km, invalid } = parseDecimal(attributes.maxDistance);
  const usable = km !== undefined && km > 0;
  if (invalid || (km !== undefined && !usable)) problems.push({ attribute: 'max-distance', value: attributes.maxDistance, fallback: '' });
  const state: FinderState = {
    ...EMPTY_STATE,
    query: attributes.query.trim(),
    postcode: attributes.postcode.trim(),
    maxDistance: usable ? km : 0,
    topics: topics.filter(isTopic),
    programmes: list(attributes.programmes),
    formats: formats.filter(isFormat),
    free: attributes.free,
  };
  return { state, problems };
}

/** Where distances are measured from, and how (the measure comes with the postcode lookup). */
export interface Measured {
  readonly origin?: Origin;
  readonly measure?: (from: GeoPoint, to: GeoPoint) => number;
}

/** The order in use: the visitor's choice, else nearest first once a place is known. */
export function sortOf(state: FinderState, place: Measured | undefined): CourseSort {
  return state.sort || (place?.origin ? 'distance' : 'date');
}

/** The search the state asks for. */
export function courseQuery(state: FinderState, place: Measured | undefined): CourseQuery {
  return {
    text: state.query,
    topics: state.topics,
    programmes: state.programmes,
    formats: state.formats,
    free: state.free,
    days: state.days,
    times: state.times,
    origin: place?.origin,
    measure: place?.measure,
    maxDistanceKm: state.maxDistance || undefined,
    sort: sortOf(state, place),
  };
}

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
