import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogs, parseOpeningHours, registerCatalogs, translator } from '@digivaardig/core';
import type { Location, PlacedLocation } from '../locations/location.js';
import { locationScript, locationsScript } from './script.js';

beforeAll(async () => {
  registerCatalogs({ en: () => import('../generated/locales/en.js') });
  await loadCatalogs('en');
});

const nl = translator('nl');
const en = () => translator('en');

// Monday 7 December 2026, 11.00 in Amsterdam.
const NOW = Date.UTC(2026, 11, 7, 10);

function place(location: Partial<Location>, hours?: Location['hours']): PlacedLocation {
  const full: Location = { id: 'x', name: 'Bibliotheek Centrum', street: 'Stationsplein 1', postcode: '3511ED', city: 'Utrecht', ...location, hours };
  return { location: full, lat: 52.09, lon: 5.11, schedule: parseOpeningHours({ hours }).schedule, byPostcode: false };
}

const centrum = place({}, { mo: '10:00-12:00,13:30-17:00', tu: '09:00-17:00' });

describe('IDO finder read-aloud script', () => {
  it('reads a location: name, distance in full, open today in words, address (Dutch)', () => {
    expect(locationScript(nl, { place: centrum, distanceKm: 2.34 }, NOW)).toEqual([
      'Bibliotheek Centrum.',
      '2,3 kilometer hier vandaan.',
      'Vandaag open van tien tot twaalf uur en van dertien uur dertig tot zeventien uur.',
      'Adres: Stationsplein 1, 3511 ED Utrecht.',
    ]);
  });

  it('reads a location in English for an English widget', () => {
    expect(locationScript(en(), { place: centrum, distanceKm: 0.8 }, NOW)).toEqual([
      'Bibliotheek Centrum.',
      '800 metres away.',
      "Open today from ten o'clock in the morning until twelve noon and from one thirty in the afternoon until five o'clock in the afternoon.",
      'Address: Stationsplein 1, 3511 ED Utrecht.',
    ]);
  });

  it('says "closed today", and leaves out what the location does not give', () => {
    const closed = place({ street: undefined, postcode: undefined, city: undefined }, { tu: '09:00-17:00' });
    expect(locationScript(nl, { place: closed }, NOW)).toEqual(['Bibliotheek Centrum.', 'Vandaag gesloten.']);
    expect(locationScript(en(), { place: closed }, NOW)).toEqual(['Bibliotheek Centrum.', 'Closed today.']);
    expect(locationScript(nl, { place: place({ city: undefined, postcode: undefined, street: undefined }) }, NOW)).toEqual(['Bibliotheek Centrum.']);
  });

  it('reads the first five of a longer list and says so first', () => {
    const results = Array.from({ length: 7 }, (_, i) => ({ place: place({ id: `l${i}`, name: `Locatie ${i + 1}`, street: undefined, postcode: undefined, city: undefined }) }));
    const script = locationsScript(nl, results, NOW);
    expect(script[0]).toBe('De eerste 5 van 7 locaties.');
    expect(script.slice(1)).toEqual(['Locatie 1.', 'Locatie 2.', 'Locatie 3.', 'Locatie 4.', 'Locatie 5.']);
    expect(locationsScript(en(), results, NOW)[0]).toBe('The first 5 of 7 locations.');
    expect(locationsScript(nl, results.slice(0, 2), NOW)).toEqual(['Locatie 1.', 'Locatie 2.']);
  });
});
