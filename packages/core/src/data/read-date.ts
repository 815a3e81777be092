/*
 * Dates as webmasters type them in a spreadsheet: ISO (2026-12-25) and the Dutch forms
 * 25-12-2026, 25/12/2026, 25.12.2026, 25 december 2026, 25 dec 2026 and
 * "za 25 dec. 2026" (English month and day names too). Day first, always: a Dutch sheet
 * never writes the month first. Pure; no Date object, so no time zone can shift a day.
 */

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, feb: 2, febr: 2,
  maart: 3, march: 3, mrt: 3, mar: 3, maa: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  augustus: 8, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

const WEEKDAY =
  '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ma|di|wo|do|vr|za|zo|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?\\s+';
const END = '(?=$|[\\st,])';
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${END}`);
const NUMERIC = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${END}`);
const WORDS = new RegExp(`^(\\d{1,2})\\.?\\s*([a-z\\u00e9]{3,9})\\.?,?\\s+(\\d{4})${END}`);
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY}`);

const pad = (value: number) => String(value).padStart(2, '0');

/** Days in a month of the (proleptic Gregorian) calendar. */
function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date at the start of `text`, and what follows it (trimmed): "za 25 dec. 2026 10:00-12:00"
 * → { date: "2026-12-25", rest: "10:00-12:00" }. Undefined when the text does not start
 * with a date, or the date cannot exist (31-02-2026).
 */
export function readLeadingDate(text: string): { date: string; rest: string } | undefined {
  const trimmed = text.trim();
  const lower = trimmed.toLowerCase();
  const offset = LEADING_WEEKDAY.exec(lower)?.[0].length ?? 0;
  const clean = lower.slice(offset);
  let match: RegExpExecArray | null;
  let date: string | undefined;
  if ((match = ISO.exec(clean))) date = iso(Number(match[1]), Number(match[2]), Number(match[3]));
  else if ((match = NUMERIC.exec(clean))) date = iso(Number(match[4]), Number(match[3]), Number(match[1]));
  else if ((match = WORDS.exec(clean))) {
    const month = MONTHS[match[2]!];
    date = month ? iso(Number(match[3]), month, Number(match[1])) : undefined;
  }
  if (!match || !date) return undefined;
  return { date, rest: trimmed.slice(offset + match[0].length).replace(/^[\sTt,]+/, '').trim() };
}

/** The date `text` holds, as ISO `YYYY-MM-DD`; undefined when it holds more, or no possible date. */
export function readDate(text: string): string | undefined {
  const found = readLeadingDate(text);
  return found && found.rest === '' ? found.date : undefined;
}
