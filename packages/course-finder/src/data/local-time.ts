import { amsterdamDateTime, amsterdamInstant } from '@digivaardig/core';

/** A wall-clock moment in Amsterdam, "YYYY-MM-DDTHH:MM". */
export type LocalDateTime = string;

/** Core's one Amsterdam clock, for the tests and callers of this module. */
export { amsterdamInstant };

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const DUTCH = /^(\d{1,2})[-/](\d{1,2})[-/](\d{4})[ T]+(\d{1,2})[:.](\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

function validParts(y: number, m: number, d: number, h: number, min: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Reads a session time as feeds write it: ISO 8601 ("2024-12-03T10:00", with or without
 * seconds or an offset) or as Dutch spreadsheets do ("3-12-2024 10:00", "03/12/2024 10.00").
 * Without an offset the time is Amsterdam time. Returns the instant (ms) and the Amsterdam
 * wall-clock time, or undefined for an impossible date such as 31-02-2025.
 */
export function parseSessionTime(text: string): { instant: number; local: LocalDateTime } | undefined {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, m, d, h, min, , zone] = iso;
    if (!validParts(+y!, +m!, +d!, +h!, +min!)) return undefined;
    if (zone) {
      const instant = Date.parse(`${y}-${m}-${d}T${h}:${min}:00${zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
      if (!Number.isFinite(instant)) return undefined;
      const at = amsterdamDateTime(instant);
      return { instant, local: `${at.date}T${at.time}` };
    }
    const local = `${y}-${m}-${d}T${h}:${min}`;
    return { instant: amsterdamInstant(local), local };
  }
  const dutch = DUTCH.exec(value);
  if (dutch) {
    const [, d, m, y, h, min] = dutch.map(Number) as [number, number, number, number, number, number];
    if (!validParts(y, m, d, h, min)) return undefined;
    const local = `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}`;
    return { instant: amsterdamInstant(local), local };
  }
  return undefined;
}

/**
 * The spreadsheet shorthand for one session, "03-12-2024 10:00-12:00" (or with an ISO
 * date, or "10.00–12.00"), as a { start, end } pair of ISO local times.
 */
export function parseSessionShorthand(text: string): { start: string; end: string } | undefined {
  const match = /^\s*(\S+)[ T]+(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})\s*$/.exec(text);
  if (!match) return undefined;
  const [, date, from, to] = match as unknown as [string, string, string, string];
  const isoDate = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const start = parseSessionTime(isoDate ? `${date}T${from.replace('.', ':').padStart(5, '0')}` : `${date} ${from}`);
  const end = parseSessionTime(isoDate ? `${date}T${to.replace('.', ':').padStart(5, '0')}` : `${date} ${to}`);
  return start && end ? { start: start.local, end: end.local } : undefined;
}
