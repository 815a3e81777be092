import { isTopic, WEEKDAYS } from '@digivaardig/core';
import { PARTS_OF_DAY, SORTS } from './search/choices.js';
import { FORMATS } from './types.js';
import type { FinderState } from './state.js';

export { EMPTY_STATE, hashQuery, type FinderState } from './state.js';

/*
 * The finder's state in the page address, so a filtered list can be shared and the
 * self-check can link to it:
 *
 *   #dv-course-finder?topics=safety,ai&query=tablet&formats=walk-in&free=1&postcode=2311&max-distance=10
 *
 * The key before "?" is "dv-course-finder", or the element's id when it has one (two
 * finders on one page each read their own). The names are the attributes' (api-style.md):
 * query, topics, programmes, formats, free, days (mo…su), times (morning, afternoon,
 * evening), postcode, max-distance (km), sort (date, distance). Lists are comma-separated.
 * Unknown names and values are ignored.
 *
 * Links made before 1.0 used q, programme, format, time and distance; they are still
 * read (links already shared keep working), and the new name wins when a link has both.
 */

/** Each name with the name it had before 1.0. */
const FORMER_NAMES = { query: 'q', programmes: 'programme', formats: 'format', times: 'time', 'max-distance': 'distance' } as const;

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const oneOf = <T extends string>(values: string[], allowed: readonly T[]) =>
  [...new Set(values.map((v) => v.toLowerCase()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];

/** Reads a finder state from a query string ("topics=safety&free=1"). */
export function parseState(search: string): Partial<FinderState> {
  const params = new URLSearchParams(search);
  /** The value of `name`, or of its former name; undefined when the link has neither. */
  const get = (name: string): string | undefined => {
    const former: string | undefined = FORMER_NAMES[name as keyof typeof FORMER_NAMES];
    return params.get(name) ?? (former ? params.get(former) : null) ?? undefined;
  };
  const state: Partial<FinderState> = {};
  const words = get('query');
  if (words !== undefined) state.query = words.slice(0, 200);
  const topics = get('topics');
  if (topics !== undefined) state.topics = [...new Set(list(topics).filter(isTopic))];
  const programmes = get('programmes');
  if (programmes !== undefined) state.programmes = list(programmes).map((p) => p.toLowerCase());
  const formats = get('formats');
  if (formats !== undefined) state.formats = oneOf(list(formats), FORMATS);
  const free = get('free');
  if (free !== undefined) state.free = ['1', 'true', 'ja', ''].includes(free.toLowerCase());
  const days = get('days');
  if (days !== undefined) state.days = oneOf(list(days), WEEKDAYS);
  const times = get('times');
  if (times !== undefined) state.times = oneOf(list(times), PARTS_OF_DAY);
  const postcode = get('postcode');
  if (postcode !== undefined) state.postcode = postcode.slice(0, 60);
  const distance = get('max-distance');
  if (distance !== undefined) {
    const km = Number(distance);
    if (Number.isFinite(km) && km >= 0 && km <= 500) state.maxDistance = km;
  }
  const sort = get('sort');
  if (sort !== undefined) state.sort = oneOf([sort], SORTS)[0] ?? '';
  return state;
}

/** The hash for a state: only what differs from the empty state, under the attributes' names. */
export function stateHash(state: FinderState, key: string): string {
  const params = new URLSearchParams();
  if (state.query.trim()) params.set('query', state.query.trim());
  if (state.topics.length) params.set('topics', state.topics.join(','));
  if (state.programmes.length) params.set('programmes', state.programmes.join(','));
  if (state.formats.length) params.set('formats', state.formats.join(','));
  if (state.free) params.set('free', '1');
  if (state.days.length) params.set('days', state.days.join(','));
  if (state.times.length) params.set('times', state.times.join(','));
  if (state.postcode.trim()) params.set('postcode', state.postcode.trim());
  if (state.maxDistance) params.set('max-distance', String(state.maxDistance));
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString().replace(/%2C/g, ',');
  return `#${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
}
