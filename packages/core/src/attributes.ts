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

/** One of a fixed set of words, case-insensitive ("Bar" → "bar"). */
export function parseChoice<T extends string>(
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (absent(raw)) return { value: fallback, invalid: false };
  const word = raw.trim().toLowerCase() as T;
  return allowed.includes(word) ? { value: word, invalid: false } : { value: fallback, invalid: true };
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
 * A decimal number, accepting the Dutch decimal comma ("79,5") as well as a point;
 * `undefined` when absent. Thousands separators are refused: "1.000" is ambiguous.
 */
export function parseDecimal(raw: string | number | null | undefined): Parsed<number | undefined> {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, invalid: false } : { value: undefined, invalid: true };
  if (absent(raw)) return { value: undefined, invalid: false };
  const text = raw.trim().replace(',', '.');
  const value = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text) ? Number(text) : NaN;
  return Number.isFinite(value) ? { value, invalid: false } : { value: undefined, invalid: true };
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
