import { describe, expect, it } from 'vitest';
import { loadCatalogs, parseOpeningHours, registerCatalogs, translator } from '@digivaardig/core';
import { clock, intervalsText, openText, weekdayNames } from './hours-text.js';
import { mailUrl, routeUrl, shortUrl, telUrl, webUrl } from './links.js';
import { parseServices, serviceName } from './services.js';

const schedule = parseOpeningHours({
  hours: { mo: '09:00-12:00,13:00-17:00', tu: '10:00-17:00', sa: '10:00-13:00' },
  closed: ['2025-12-26'],
}).schedule;
/** A moment in Amsterdam wall-clock time (winter: UTC+1). */
const amsterdam = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

describe('openText', () => {
  it('says open now and until when', async () => {
    expect(openText(translator('nl'), schedule, amsterdam('2025-12-01', '10:30'))).toEqual({
      state: 'open',
      status: 'Nu open, tot 12.00',
      today: 'Vandaag: 09.00–12.00 en 13.00–17.00',
    });
    registerCatalogs({ en: () => import('../generated/locales/en.js') });
    await loadCatalogs('en');
    expect(openText(translator('en'), schedule, amsterdam('2025-12-01', '10:30')).status).toBe('Open now, until 12:00');
  });

  it('says when a closed location opens: later today, tomorrow, or on a named day', () => {
    expect(openText(translator('nl'), schedule, amsterdam('2025-12-01', '12:30')).status).toBe('Gesloten, opent vandaag om 13.00');
    expect(openText(translator('nl'), schedule, amsterdam('2025-12-01', '18:00')).status).toBe('Gesloten, opent morgen om 10.00');
    expect(openText(translator('nl'), schedule, amsterdam('2025-12-02', '18:00')).status).toBe('Gesloten, opent zaterdag om 10.00');
  });

  it('names a closed holiday as such', () => {
    const boxingDay = openText(translator('nl'), schedule, amsterdam('2025-12-26', '11:00'));
    expect(boxingDay.state).toBe('closed');
    expect(boxingDay.today).toBe('Vandaag gesloten (feestdag of bijzondere dag)');
  });

  it('says nothing is known rather than "closed" for a location without hours', () => {
    expect(openText(translator('nl'), parseOpeningHours({}).schedule).state).toBe('unknown');
  });

  it('counts in Amsterdam time across the spring DST switch', () => {
    // 30 March 2025: clocks go from 02:00 to 03:00; 09:30 CEST is 07:30 UTC.
    const sunday = parseOpeningHours({ hours: { su: '09:00-12:00' } }).schedule;
    expect(openText(translator('nl'), sunday, new Date('2025-03-30T07:30:00Z')).state).toBe('open');
    expect(openText(translator('nl'), sunday, new Date('2025-03-30T10:30:00Z')).status).toBe('Gesloten, opent zondag om 09.00');
  });
});

describe('hour texts', () => {
  it('writes times the Dutch or the English way', () => {
    expect(clock('09:00', 'nl')).toBe('09.00');
    expect(clock('09:00', 'en')).toBe('09:00');
    expect(intervalsText(translator('nl'), [])).toBe('gesloten');
    expect(intervalsText(translator('en'), [{ start: '09:00', end: '12:00' }])).toBe('09:00–12:00');
    expect(weekdayNames('nl')).toMatchObject({ mo: 'maandag', su: 'zondag' });
    expect(weekdayNames('en').tu).toBe('Tuesday');
  });
});

describe('links', () => {
  it('routes on OpenStreetMap, from the searched point when there is one', () => {
    expect(routeUrl({ lat: 52.16, lon: 4.49 })).toBe('https://www.openstreetmap.org/directions?route=%3B52.16000%2C4.49000');
    expect(routeUrl({ lat: 52.16, lon: 4.49 }, { lat: 52.1, lon: 4.4 })).toBe(
      'https://www.openstreetmap.org/directions?route=52.10000%2C4.40000%3B52.16000%2C4.49000',
    );
  });

  it('makes tel: links of Dutch numbers as people write them', () => {
    expect(telUrl('071 - 123 45 67')).toBe('tel:+31711234567');
    expect(telUrl('+31 (0)71 1234567')).toBe('tel:+31711234567');
    expect(telUrl('+31 71 123 4567')).toBe('tel:+31711234567');
    expect(telUrl('0031 71 123 4567')).toBe('tel:+31711234567');
    expect(telUrl('0800-1234')).toBe('tel:08001234');
    expect(telUrl('bel ons')).toBe(undefined);
  });

  it('makes links only of plain e-mail addresses and http(s) URLs', () => {
    expect(mailUrl(' ido@bieb.example ')).toBe('mailto:ido@bieb.example');
    expect(mailUrl('a@b.nl?subject=x')).toBe(undefined);
    expect(webUrl('https://bieb.example/ido')).toBe('https://bieb.example/ido');
    expect(webUrl('javascript:alert(1)')).toBe(undefined);
    expect(webUrl(undefined)).toBe(undefined);
    expect(shortUrl('https://www.bieb.example/ido/')).toBe('bieb.example/ido');
  });
});

describe('services', () => {
  it('names services as visitors know them and splits the attribute', () => {
    expect(serviceName('digid')).toBe('DigiD');
    expect(serviceName('gemeente')).toBe('gemeente');
    expect(parseServices(' DigiD, uwv,,bogus ')).toEqual({ services: ['digid', 'uwv'], unknown: ['bogus'] });
  });
});
