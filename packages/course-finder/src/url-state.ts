import { isTopic, WEEKDAYS } from '@digivaardig/core';
import { PARTS_OF_DAY, SORTS } from './search/choices.js';
import { FORMATS } from './types.js';
import { EMPTY_STATE, type FinderState } from './state.js';

export { EMPTY_STATE, hashQuery, type FinderState } from './state.js';

/*
 * The finder's state in the page address, so a filtered list can be shared and the
 * self-check can link to it:
 *
 *   #dv-course-finder?topics=safety,ai&q=tablet&format=walk-in&free=1&postcode=2311&distance=10
 *
 * The key before "?" is "dv-course-finder", or the element's id when it has one (two
 * finders on one page each read their own). Keys: q, topics, programme, format, free,
 * days (mo…su), time (morning, afternoon, evening), postcode, distance (km), sort
 * (date, distance). Lists are comma-separated. Unknown keys and values are ignored.
 */

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const oneOf = <T extends string>(values: string[], allowed: readonly T[]) =>
  [...new Set(values.map((v) => v.toLowerCase()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];

/** Reads a finder state from a query string ("topics=safety&free=1"). */
export function parseState(query: string): Partial<FinderState> {
  const params = new URLSearchParams(query);
  const state: Partial<FinderState> = {};
  if (params.has('q')) state.q = (params.get('q') ?? '').slice(0, 200);
  if (params.has('topics')) state.topics = [...new Set(list(params.get('topics')).filter(isTopic))];
  if (params.has('programme')) state.programmes = list(params.get('programme')).map((p) => p.toLowerCase());
  if (params.has('format')) state.formats = oneOf(list(params.get('format')), FORMATS);
  if (params.has('free')) state.free = ['1', 'true', 'ja', ''].includes((params.get('free') ?? '').toLowerCase());
  if (params.has('days')) state.days = oneOf(list(params.get('days')), WEEKDAYS);
  if (params.has('time')) state.times = oneOf(list(params.get('time')), PARTS_OF_DAY);
  if (params.has('postcode')) state.postcode = (params.get('postcode') ?? '').slice(0, 60);
  if (params.has('distance')) {
    const km = Number(params.get('distance'));
    if (Number.isFinite(km) && km >= 0 && km <= 500) state.distance = km;
  }
  if (params.has('sort')) state.sort = oneOf([params.get('sort') ?? ''], SORTS)[0] ?? '';
  return state;
}

/** The hash for a state: only what differs from the empty state. */
export function stateHash(state: FinderState, key: string): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.topics.length) params.set('topics', state.topics.join(','));
  if (state.programmes.length) params.set('programme', state.programmes.join(','));
  if (state.formats.length) params.set('format', state.formats.join(','));
  if (state.free) params.set('free', '1');
  if (state.days.length) params.set('days', state.days.join(','));
  if (state.times.length) params.set('time', state.times.join(','));
  if (state.postcode.trim()) params.set('postcode', state.postcode.trim());
  if (state.distance) params.set('distance', String(state.distance));
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString().replace(/%2C/g, ',');
  return `#${encodeURIComponent(key)}${query ? `?${query}` : ''}`;
}
