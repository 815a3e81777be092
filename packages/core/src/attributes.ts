/**
 * Parsers for attribute values a webmaster typed. Each returns the value to use and
 * whether the input was unusable, so the element can warn once and fall back.
 */
export interface Parsed<T> {
  value: T;
  /** The input was present but unusable; `value` is then the fallback. */
  invalid: boolean;
}

const absent = (raw: string | null | undefined): raw is null | undefined | '' =>
  raw === null || raw === undefined || raw.trim() === '';

/**
 * The one word that switches a part off, on every attribute that has parts to switch:
 * `chart="none"`, `map="none"`, `tiles="none"`, `geocoder="none"`, `jsonld="none"`.
 */
export const NONE = 'none';

/** Other ways people write "off"; understood as `none`, with a warning that names it. */
const OTHER_OFF_WORDS = new Set(['off', 'false', 'no', '0', 'uit', 'nee', 'geen']);

/**
 * One of a fixed set of words, case-insensitive ("Bar" → "bar"). Where `none` is one of
 * them, other words for "off" (`off`, `false`, `uit`, …) mean `none` too, but count as
 * invalid so the element warns with the right spelling.
 */
export function parseChoice<T extends string>(
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (absent(raw)) return { value: fallback, invalid: false };
  const word = raw.trim().toLowerCase() as T;
  if (allowed.includes(word)) return { value: word, invalid: false };
  if (allowed.includes(NONE as T) && OTHER_OFF_WORDS.has(word)) return { value: NONE as T, invalid: true };
  return { value: fallback, invalid: true };
}

/** A whole number within bounds ("3"); anything else falls back. */
export function parseInteger(
  raw: string | number | null | undefined,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  if (typeof raw !== 'number' && absent(raw)) return { value: fallback, invalid: false };
  const text = String(raw).trim();
  const value = /^-?\d+$/.test(text) ? Number(text) : NaN;
  return Number.isSafeInteger(value) && value >= min && value <= max
    ? { value, invalid: false }
    : { value: fallback, invalid: true };
}

/**
 * Reads a number as people type it: a point or the Dutch decimal comma ("79,5").
 * Thousands separators are refused ("1.000" is 1 in English and 1000 in Dutch), and so
 * is anything that is not a finite number; the result is then undefined.
 */
export function parseNumberText(raw: string): number | undefined {
  const text = raw.trim();
  if (/^[-+]?\d{1,3}([.,]\d{3})+$/.test(text)) return undefined;
  const normal = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return undefined;
  const value = Number(normal);
  return Number.isFinite(value) ? value : undefined;
}

/** A decimal number (see {@link parseNumberText}); `undefined` when absent. */
export function parseDecimal(raw: string | number | null | undefined): Parsed<number | undefined> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, invalid: false } : { value: undefined, invalid: true };
  if (absent(raw)) return { value: undefined, invalid: false };
  const value = parseNumberText(raw);
  return { value, invalid: value === undefined };
}

/** An http(s) URL (relative ones resolve against the page); other schemes are refused. */
export function parseHttpUrl(raw: string | null | undefined, base?: string): Parsed<string | undefined> {
  if (absent(raw)) return { value: undefined, invalid: false };
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? { value: url.href, invalid: false }
      : { value: undefined, invalid: true };
  } catch {
    return { value: undefined, invalid: true };
  }
}
