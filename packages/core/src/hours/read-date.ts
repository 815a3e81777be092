import { isIsoDate } from './amsterdam-time.js';

/*
 * Dates as Dutch webmasters write them, in closed days and course sessions: "25-12-2026",
 * "25/12/2026", "25.12.2026", "2026-12-25", "25 december 2026", "di 25 dec. 2026",
 * "dinsdag 25 december 2026". A year is needed: "25 december" alone could be any year.
 */

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, february: 2,
  maart: 3, mrt: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  augustus: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

// A weekday before the date ("di", "dinsdag", "Tue,"), in Dutch or English: skipped.
const WEEKDAY = /^(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?,?\s+/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?=$|[\sT,])/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?=$|[\s,T])/;
const WORDS = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})(?=$|[\s,])/i;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date at the start of `text`: returns it as ISO "YYYY-MM-DD" and the text after it
 * (for a time, "10:00-12:00"), or undefined when there is no date there or it does not
 * exist (31-02-2026).
 */
export function readDatePrefix(text: string): { date: string; rest: string } | undefined {
  const value = text.trim().replace(WEEKDAY, '');
  let parts: [number, number, number] | undefined;
  let length = 0;
  const iso = ISO.exec(value);
  const numeric = iso ? null : NUMERIC.exec(value);
  const words = iso || numeric ? null : WORDS.exec(value);
  if (iso) parts = [+iso[1]!, +iso[2]!, +iso[3]!];
  else if (numeric) parts = [+numeric[3]!, +numeric[2]!, +numeric[1]!];
  else if (words) {
    const month = MONTHS[words[2]!.toLowerCase()];
    if (month) parts = [+words[3]!, month, +words[1]!];
  }
  const match = iso ?? numeric ?? words;
  if (!parts || !match) return undefined;
  length = match[0].length;
  const date = `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}`;
  if (!isIsoDate(date)) return undefined;
  return { date, rest: value.slice(length).replace(/^[\sT,]+/, '').replace(/^(?:om|van|from|at)\s+/i, '') };
}

/** Reads a whole cell as one date (see {@link readDatePrefix}); undefined when more follows. */
export function readDate(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  const read = readDatePrefix(text);
  return read && read.rest === '' ? read.date : undefined;
}
