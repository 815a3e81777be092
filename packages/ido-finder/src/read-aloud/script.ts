import { str } from '@lit/localize';
import { amsterdamDateTime, clockMinutes, hoursOn, spokenDistance, spokenList, spokenTimeRange, type Localize } from '@digivaardig/core';
import { addressLines } from '../locations/location.js';
import type { RankedLocation } from '../search/select.js';

/** How many locations "Lees voor" reads: the first few of the list, as a visitor scans it. */
export const READ_LOCATIONS = 5;

/*
 * What "Lees voor" reads in the IDO finder (pure): the first locations of the list, each
 * with its name, distance, today's opening hours and address, in words for listening
 * ("2,3 kilometer hier vandaan", "vandaag open van negen tot twaalf uur").
 */

/** One location: name, distance, open today, address. `now` sets "today" (Amsterdam date). */
export function locationScript(t: Localize, result: RankedLocation, now: number): string[] {
  const { place, distanceKm } = result;
  const l = place.location;
  const sentences = [`${l.name.trim().replace(/[.!?]$/, '')}.`];
  if (distanceKm !== undefined) {
    sentences.push(t.msg(str`${spokenDistance(distanceKm, t.locale)} hier vandaan.`, { id: 'ido.readAloud.distance' }));
  }
  if (place.schedule.hasHours) {
    const today = hoursOn(place.schedule, amsterdamDateTime(now).date).intervals;
    sentences.push(
      today.length
        ? t.msg(
            str`Vandaag open ${spokenList(
              today.map((interval) => spokenTimeRange(clockMinutes(interval.start), clockMinutes(interval.end), t.locale)),
              t.locale,
            )}.`,
            { id: 'ido.readAloud.open-today' },
          )
        : t.msg('Vandaag gesloten.', { id: 'ido.readAloud.closed-today' }),
    );
  }
  const address = addressLines(l);
  if (address.length) sentences.push(t.msg(str`Adres: ${address.join(', ')}.`, { id: 'ido.readAloud.address' }));
  return sentences;
}

/** The shown list: the first READ_LOCATIONS locations; when there are more, it says so first. */
export function locationsScript(t: Localize, results: readonly RankedLocation[], now: number, limit = READ_LOCATIONS): string[] {
  const read = results.slice(0, limit);
  const lead =
    results.length > read.length
      ? [
          t.plural(results.length, {
            one: () => t.msg(str`De eerste ${read.length} van ${results.length} locatie.`, { id: 'ido.readAloud.first-of.one' }),
            other: () => t.msg(str`De eerste ${read.length} van ${results.length} locaties.`, { id: 'ido.readAloud.first-of.other' }),
          }),
        ]
      : [];
  return [...lead, ...read.flatMap((result) => locationScript(t, result, now))];
}
