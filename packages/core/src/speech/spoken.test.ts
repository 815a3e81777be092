import { describe, expect, it } from 'vitest';
import { asSentences, clockMinutes, spokenClock, spokenDay, spokenDistance, spokenEuro, spokenList, spokenTimeRange, toSentences } from './spoken.js';

const clock = (hh: number, mm = 0) => hh * 60 + mm;

describe('text prepared for listening', () => {
  it('reads a day in full, not abbreviated', () => {
    expect(spokenDay('2026-12-07', 'nl')).toBe('maandag 7 december');
    expect(spokenDay('2026-12-07', 'en')).toBe('Monday 7 December');
  });

  it('reads the issue\'s example session as words', () => {
    expect(`${spokenDay('2026-12-07', 'nl')}, ${spokenTimeRange(clock(10), clock(12), 'nl')}`).toBe(
      'maandag 7 december, van tien tot twaalf uur',
    );
  });

  it('reads clock times with minutes in Dutch as trains announce them', () => {
    expect(spokenTimeRange(clock(9, 30), clock(11, 45), 'nl')).toBe('van negen uur dertig tot elf uur vijfenveertig');
    expect(spokenClock(clock(13), 'nl')).toBe('dertien uur');
    expect(spokenClock(clock(0, 5), 'nl')).toBe('nul uur vijf');
  });

  it('reads English clock times on a twelve-hour clock with the part of the day', () => {
    expect(spokenTimeRange(clock(10), clock(12), 'en')).toBe("from ten o'clock in the morning until twelve noon");
    expect(spokenClock(clock(14, 5), 'en')).toBe('two oh five in the afternoon');
    expect(spokenClock(clock(19, 30), 'en')).toBe('seven thirty in the evening');
  });

  it('reads a time span in the other languages as "from … to …" in words around the clock times, without a dash', () => {
    expect(spokenTimeRange(clock(10), clock(13), 'pl')).toBe('od 10:00 do 13:00');
    expect(spokenTimeRange(clock(9, 30), clock(12), 'uk')).toBe('з 09:30 до 12:00');
    expect(spokenTimeRange(clock(10), clock(13), 'tr')).toBe('10:00 ile 13:00 arası');
    const arabic = spokenTimeRange(clock(10), clock(13), 'ar');
    expect(arabic.startsWith('من ')).toBe(true);
    expect(arabic).toContain(' إلى ');
    expect(arabic).not.toMatch(/[–-]/);
  });

  it('writes distances with the unit in full', () => {
    expect(spokenDistance(2.34, 'nl')).toBe('2,3 kilometer');
    expect(spokenDistance(0.8, 'nl')).toBe('800 meter');
    expect(spokenDistance(23.4, 'nl')).toBe('23 kilometer');
    expect(spokenDistance(2.34, 'en')).toMatch(/^2\.3 kilomet(re|er)s$/);
  });

  it('writes amounts with the currency name', () => {
    expect(spokenEuro(2.5, 'nl')).toBe('2,50 euro');
    expect(spokenEuro(15, 'nl')).toBe('15 euro');
    expect(spokenEuro(2.5, 'en')).toBe('2.50 euros');
  });

  it('splits a text into sentences to highlight one by one', () => {
    expect(toSentences('Je kunt al veel. Wil je meer leren? Kom langs!  ')).toEqual(['Je kunt al veel.', 'Wil je meer leren?', 'Kom langs!']);
    expect(toSentences('')).toEqual([]);
    expect(toSentences('Open van 10.00 tot 12.00 uur. Welkom! ')).toEqual(['Open van 10.00 tot 12.00 uur.', 'Welkom!']);
    expect(toSentences('مرحبا؟ أهلا.')).toEqual(['مرحبا؟', 'أهلا.']);
  });

  it('says a list with "of" or "en" as the language does', () => {
    expect(spokenList(['Ja', 'Een beetje', 'Nee'], 'nl', 'or')).toBe('Ja, Een beetje of Nee');
    expect(spokenList(['Mail', 'Internet', 'Veilig online'], 'nl')).toBe('Mail, Internet en Veilig online');
    expect(spokenList(['Yes', 'A little', 'No'], 'en', 'or')).toBe('Yes, A little or No');
  });

  it('ends a text from the screen as a sentence, so the engine pauses after it', () => {
    expect(asSentences('Ik kan een e-mail sturen')).toEqual(['Ik kan een e-mail sturen.']);
    expect(asSentences('Kun je dat? Oefen dan thuis.')).toEqual(['Kun je dat?', 'Oefen dan thuis.']);
    expect(asSentences('  ')).toEqual([]);
  });

  it('reads "HH:MM" as minutes after midnight', () => {
    expect(clockMinutes('09:30')).toBe(570);
    expect(clockMinutes('24:00')).toBe(1440);
  });
});
