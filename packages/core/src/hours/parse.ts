import { isIsoDate } from './amsterdam-time.js';
import { WEEKDAYS, type Weekday } from './weekday.js';

/** Opening time span in minutes after local midnight; `end` may be 1440 (24:00). */
export interface TimeInterval {
  readonly start: number;
  readonly end: number;
}

/** Opening hours ready for {@link openingStatus}: sorted, non-overlapping intervals. */
export interface OpeningSchedule {
  /** False when the data gave no opening hours at all (unknown, not "always closed"). */
  readonly hasHours: boolean;
  readonly week: Readonly<Record<Weekday, readonly TimeInterval[]>>;
  /** Dates closed all day ("YYYY-MM-DD"), e.g. public holidays. Wins over exceptions. */
  readonly closed: ReadonlySet<string>;
  /** Dates with other hours than usual; an empty list means closed. */
  readonly exceptions: ReadonlyMap<string, readonly TimeInterval[]>;
}

export type HoursIssueCode =
  /** `hours` or `exceptions` is not an object. */
  | 'not-an-object'
  /** A key of `hours` other than mo, tu, we, th, fr, sa, su. */
  | 'unknown-day'
  /** Not like "09:00-12:00" (the interval is left out). */
  | 'interval-format'
  /** Hour over 23 or minute over 59; 24:00 only as an end (left out). */
  | 'time-out-of-range'
  /** End not after start, e.g. "17:00-09:00"; overnight spans are not supported (left out). */
  | 'empty-interval'
  /** Intervals not in time order (used sorted). */
  | 'unsorted'
  /** Intervals overlap (used merged). */
  | 'overlap'
  /** A date in `closed` or `exceptions` that is not a real "YYYY-MM-DD" date (left out). */
  | 'date-format';

export interface HoursIssue {
  readonly code: HoursIssueCode;
  /** Where: "hours.mo", "closed[2]", "exceptions.2025-12-24". */
  readonly field: string;
  /** The offending text. */
  readonly value: string;
}

/** The `hours`, `closed` and `exceptions` fields of a location record. */
export interface OpeningHoursInput {
  /** Per weekday, e.g. { mo: "09:00-12:00,13:00-17:00", su: "closed" }. */
  readonly hours?: unknown;
  /** Dates closed all day: an array, or a string separated by ";" or "," (CSV). */
  readonly closed?: unknown;
  /** Special hours per date: { "2025-12-24": "09:00-15:00", "2025-12-31": "closed" }. */
  readonly exceptions?: unknown;
}

export interface ParsedOpeningHours {
  readonly schedule: OpeningSchedule;
  /** Problems found; the schedule still holds everything usable. */
  readonly issues: readonly HoursIssue[];
}

// Words meaning "closed all day", besides an empty value.
const CLOSED_WORDS = new Set(['closed', 'gesloten', 'dicht', 'geen', 'nee', 'n.v.t.', 'nvt', '-', '–', '—']);
// One interval as spreadsheets write it: "09:00-12:00", "9.00 – 12.00 uur", "9-12",
// "9:00 tot 12:00", "van 9 tot 12 uur", "9u-12u". Minutes are optional.
const TIME = String.raw`(\d{1,2})(?:[:.hu](\d{2}))?\s*(?:uur|u|h)?`;
const INTERVAL = new RegExp(String.raw`^(?:van\s+)?${TIME}\s*(?:[-–—]|tot|t/m|to|until)\s*${TIME}$`);
// Between intervals of one day: "," ";" "/" "&", " en ", " and ".
const INTERVALS = /\s*[,;/&]\s*|\s+(?:en|and)\s+/;

type IntervalIssue = Omit<HoursIssue, 'field'>;

/** Minutes as "HH:MM" (1440 → "24:00"). */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * Parses one day's intervals: "09:00-12:00,13:00-17:00" (also "9.00 – 12.00; 13.00-17.00",
 * "13.00 - 17.00 uur", "9-12 en 13-17", "9:00 tot 12:00"). Empty, "closed", "gesloten"
 * (and "dicht", "-") mean closed. An end of 00:00 means midnight (24:00).
 * Bad intervals are left out and reported; unsorted ones are sorted, overlapping and
 * touching ones merged.
 */
export function parseIntervals(text: unknown): { intervals: TimeInterval[]; issues: IntervalIssue[] } {
  const issues: IntervalIssue[] = [];
  if (text === undefined || text === null) return { intervals: [], issues };
  if (typeof text !== 'string') return { intervals: [], issues: [{ code: 'interval-format', value: String(text) }] };
  const trimmed = text.trim();
  if (trimmed === '' || CLOSED_WORDS.has(trimmed.toLowerCase())) return { intervals: [], issues };

  const parsed: TimeInterval[] = [];
  for (const part of trimmed.split(INTERVALS)) {
    const value = part.trim();
    if (value === '') continue;
    const m = INTERVAL.exec(value.toLowerCase().replace(/\s*uur$/, '').replace(/\.$/, ''));
    if (!m) {
      issues.push({ code: 'interval-format', value });
      continue;
    }
    const [sh, sm, eh, em] = [m[1], m[2] ?? '0', m[3], m[4] ?? '0'].map(Number) as [number, number, number, number];
    const start = sh * 60 + sm;
    let end = eh * 60 + em;
    if (sh > 23 || sm > 59 || em > 59 || eh > 24 || (eh === 24 && em > 0)) {
      issues.push({ code: 'time-out-of-range', value });
      continue;
    }
    if (end === 0) end = 24 * 60; // "20:00-00:00" can only mean until midnight
    if (end <= start) {
      issues.push({ code: 'empty-interval', value });
      continue;
    }
    parsed.push({ start, end });
  }

  if (parsed.some((iv, i) => i > 0 && iv.start < parsed[i - 1]!.start)) {
    issues.push({ code: 'unsorted', value: trimmed });
  }
  const sorted = [...parsed].sort((a, b) => a.start - b.start || a.end - b.end);
  const intervals: TimeInterval[] = [];
  let overlap = false;
  for (const iv of sorted) {
    const last = intervals[intervals.length - 1];
    if (last && iv.start <= last.end) {
      if (iv.start < last.end) overlap = true;
      intervals[intervals.length - 1] = { start: last.start, end: Math.max(last.end, iv.end) };
    } else intervals.push(iv);
  }
  if (overlap) issues.push({ code: 'overlap', value: trimmed });
  return { intervals, issues };
}

function closedDates(value: unknown): unknown[] {
  if (value === undefined || value === null || value === '') return [];
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return value.split(/[;,]/).map((d) => d.trim()).filter(Boolean);
  return [value];
}

/**
 * Reads a location's opening hours: `hours` per weekday (mo … su; a missing, empty or
 * "closed" day is closed), `closed` dates (holidays) and optional `exceptions` (special hours
 * per date). Never throws: problems come back as issue codes, and the schedule keeps every
 * part that could be understood.
 */
export function parseOpeningHours(input: OpeningHoursInput = {}): ParsedOpeningHours {
  const issues: HoursIssue[] = [];
  const week = Object.fromEntries(WEEKDAYS.map((day) => [day, [] as TimeInterval[]])) as Record<Weekday, TimeInterval[]>;
  let hasHours = false;

  const { hours } = input;
  if (hours !== undefined && hours !== null) {
    if (typeof hours !== 'object' || Array.isArray(hours)) {
      issues.push({ code: 'not-an-object', field: 'hours', value: String(hours) });
    } else {
      for (const [key, value] of Object.entries(hours)) {
        const day = key.trim().toLowerCase() as Weekday;
        if (!WEEKDAYS.includes(day)) {
          issues.push({ code: 'unknown-day', field: `hours.${key}`, value: String(value) });
          continue;
        }
        hasHours = true;
        const parsed = parseIntervals(value);
        week[day] = parsed.intervals;
        for (const issue of parsed.issues) issues.push({ ...issue, field: `hours.${key}` });
      }
    }
  }

  const closed = new Set<string>();
  closedDates(input.closed).forEach((date, i) => {
    const text = typeof date === 'string' ? date.trim() : date;
    if (isIsoDate(text)) closed.add(text);
    else issues.push({ code: 'date-format', field: `closed[${i}]`, value: String(date) });
  });

  const exceptions = new Map<string, TimeInterval[]>();
  const { exceptions: special } = input;
  if (special !== undefined && special !== null) {
    if (typeof special !== 'object' || Array.isArray(special)) {
      issues.push({ code: 'not-an-object', field: 'exceptions', value: String(special) });
    } else {
      for (const [date, value] of Object.entries(special)) {
        if (!isIsoDate(date.trim())) {
          issues.push({ code: 'date-format', field: `exceptions.${date}`, value: date });
          continue;
        }
        const parsed = parseIntervals(value);
        exceptions.set(date.trim(), parsed.intervals);
        for (const issue of parsed.issues) issues.push({ ...issue, field: `exceptions.${date}` });
      }
    }
  }

  return { schedule: { hasHours, week, closed, exceptions }, issues };
}
