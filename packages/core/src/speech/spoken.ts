import type { Locale } from '../i18n/locale.js';
import { REGION_TAG, cachedFormatter } from '../format/intl.js';
import { dutchNumberWord, englishNumberWord } from './number-words.js';

/*
 * Text prepared for listening. What a visitor reads ("ma 7 dec, 10.00–12.00 uur",
 * "2,3 km", "€ 2,50") is short for the eye; a speech engine reads abbreviations and
 * clock times badly, so the read-aloud script is built from the same values in full
 * words: "maandag 7 december, van tien tot twaalf uur", "2,3 kilometer", "2,50 euro".
 */

/** A calendar day ("2026-12-07") in full: "maandag 7 december", "Monday 7 December". */
export function spokenDay(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const options = { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' } as const;
  return cachedFormatter('spoken-day', locale, options, () => new Intl.DateTimeFormat(REGION_TAG[locale], options)).format(
    Date.UTC(year, month - 1, day),
  );
}

/** A clock time given in minutes after midnight, in words where the engine would stumble. */
export function spokenClock(minutes: number, locale: Locale): string {
  const hour = Math.floor(minutes / 60) % 24;
  const minute = minutes % 60;
  if (locale === 'nl') return minute ? `${dutchNumberWord(hour)} uur ${dutchNumberWord(minute)}` : `${dutchNumberWord(hour)} uur`;
  if (locale === 'en') return englishClock(hour, minute);
  return clockDigits(hour, minute, locale);
}

/**
 * A time span: "van tien tot twaalf uur", "van tien uur dertig tot twaalf uur". Dutch
 * "half elf" (10.30) is avoided on purpose: newcomers often hear it as the wrong hour,
 * while "tien uur dertig" is what radio and train announcements say.
 */
export function spokenTimeRange(from: number, to: number, locale: Locale): string {
  if (locale === 'nl') {
    return from % 60 === 0 && to % 60 === 0
      ? `van ${dutchNumberWord(Math.floor(from / 60) % 24)} tot ${dutchNumberWord(Math.floor(to / 60) % 24)} uur`
      : `van ${spokenClock(from, locale)} tot ${spokenClock(to, locale)}`;
  }
  if (locale === 'en') return `from ${spokenClock(from, locale)} until ${spokenClock(to, locale)}`;
  return SPOKEN_RANGE[locale](spokenClock(from, locale), spokenClock(to, locale));
}

/**
 * "From … to …" in words for the languages whose clock times are read as digits: a range
 * written "10:00–13:00" has a dash that engines read as "minus" or skip. Drafts like the
 * rest of these languages' words, awaiting review by a native speaker (docs/translations.md).
 */
const SPOKEN_RANGE: Record<Exclude<Locale, 'nl' | 'en'>, (from: string, to: string) => string> = {
  ar: (from, to) => `من ${from} إلى ${to}`,
  tr: (from, to) => `${from} ile ${to} arası`,
  pl: (from, to) => `od ${from} do ${to}`,
  uk: (from, to) => `з ${from} до ${to}`,
};

/** A distance with its unit in full: "800 meter", "2,3 kilometer", "2.3 kilometres". */
export function spokenDistance(km: number, locale: Locale): string {
  const metres = Math.round(km * 100) < 100;
  const unit = metres ? 'meter' : 'kilometer';
  const value = metres ? Math.max(10, Math.round(km * 100) * 10) : Number(km.toFixed(km < 10 ? 1 : 0));
  const options = { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 } as const;
  return cachedFormatter('spoken-unit', locale, options, () => new Intl.NumberFormat(REGION_TAG[locale], options)).format(value);
}

/** An amount in euros with the currency's name: "2,50 euro", "2.50 euros". */
export function spokenEuro(amount: number, locale: Locale): string {
  const whole = Number.isInteger(amount);
  const options = { style: 'currency', currency: 'EUR', currencyDisplay: 'name', minimumFractionDigits: whole ? 0 : 2 } as const;
  return cachedFormatter('spoken-euro', locale, options, () => new Intl.NumberFormat(REGION_TAG[locale], options)).format(amount);
}

/**
 * Splits a text into the sentences the read-aloud highlights one by one: after ".", "!",
 * "?" (and their Arabic forms) followed by a space. Abbreviations a widget writes are
 * spelled out before this, so "ca. 3" does not occur in a script.
 */
export function toSentences(text: string): string[] {
  // No lookbehind (Safari 15.4 lacks it): the split keeps each mark as its own part.
  const parts = text.split(/([.!?؟۔])\s+/u);
  const sentences: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const sentence = `${parts[i]}${parts[i + 1] ?? ''}`.trim();
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}

/** A list as said aloud: "Ja, Een beetje of Nee" (`or`), "A, B en C" (`and`). */
export function spokenList(items: readonly string[], locale: Locale, kind: 'or' | 'and' = 'and'): string {
  const options = { type: kind === 'or' ? 'disjunction' : 'conjunction' } as const;
  return cachedFormatter(`spoken-list-${kind}`, locale, options, () => new Intl.ListFormat(REGION_TAG[locale], options)).format(items);
}

/**
 * A text from the screen as one or more sentences to read: a statement or label without
 * a full stop ("Ik kan een e-mail sturen") gets one, so the engine pauses after it.
 */
export function asSentences(text: string): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  return toSentences(/[.!?؟۔…:]$/u.test(trimmed) ? trimmed : `${trimmed}.`);
}

/** "HH:MM" (as opening hours and sessions write it) in minutes after midnight. */
export function clockMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

function englishClock(hour: number, minute: number): string {
  const twelve = hour % 12 || 12;
  const part = hour === 12 && !minute ? 'noon' : hour < 12 ? 'in the morning' : hour < 18 ? 'in the afternoon' : 'in the evening';
  if (hour === 12 && !minute) return 'twelve noon';
  const time = minute ? `${englishNumberWord(twelve)} ${minute < 10 ? `oh ${englishNumberWord(minute)}` : englishNumberWord(minute)}` : `${englishNumberWord(twelve)} o'clock`;
  return `${time} ${part}`;
}

function clockDigits(hour: number, minute: number, locale: Locale): string {
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' } as const;
  return cachedFormatter('spoken-clock', locale, options, () => new Intl.DateTimeFormat(REGION_TAG[locale], options)).format(
    minutesToDate(hour * 60 + minute),
  );
}

function minutesToDate(minutes: number): Date {
  return new Date(Date.UTC(2000, 0, 1, 0, minutes));
}
