/** Why a postcode was rejected; the UI turns these codes into words. */
export type PostcodeError =
  /** Nothing typed (only spaces). */
  | 'empty'
  /** A valid start that is not finished yet ("231", "2311 E"): do not complain while typing. */
  | 'incomplete'
  /** Dutch postcodes never start with 0 ("0123"). */
  | 'leading-zero'
  /** The letters SA, SD and SS are never used. */
  | 'letters'
  /** Anything else ("23111", "2311 E1", "Leiden"). */
  | 'format';

export type PostcodeResult =
  | {
      readonly ok: true;
      /** The four digits, e.g. "2311". */
      readonly pc4: string;
      /** The two letters in capitals, when given, e.g. "EZ". */
      readonly letters?: string;
      /** The standard notation: "2311 EZ", or "2311" without letters. */
      readonly formatted: string;
    }
  | { readonly ok: false; readonly reason: PostcodeError };

// Letter pairs PostNL never issues, for their associations with the Second World War.
const FORBIDDEN_LETTERS = new Set(['SA', 'SD', 'SS']);

// Whitespace people paste in: ordinary and non-breaking spaces, tabs.
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * Parses a Dutch postcode as a visitor types it: "2311 EZ", "2311ez", "2311 ez", "2311-EZ"
 * or just "2311", with any surrounding spaces. Returns the parts and the standard notation,
 * or a reason code.
 */
export function parsePostcode(input: string | null | undefined): PostcodeResult {
  const text = (input ?? '').replace(SPACES, ' ').trim().toUpperCase();
  if (text === '') return { ok: false, reason: 'empty' };

  const match = /^(\d{4}) ?-? ?([A-Z]{2})?$/.exec(text);
  if (!match) {
    if (/^[1-9]\d{0,2}$/.test(text) || /^[1-9]\d{3} ?-? ?[A-Z]$/.test(text)) return { ok: false, reason: 'incomplete' };
    if (/^0\d{0,3}( ?-? ?[A-Z]{0,2})?$/.test(text)) return { ok: false, reason: 'leading-zero' };
    return { ok: false, reason: 'format' };
  }
  const pc4 = match[1]!;
  const letters = match[2];
  if (pc4.startsWith('0')) return { ok: false, reason: 'leading-zero' };
  if (letters === undefined) return { ok: true, pc4, formatted: pc4 };
  if (FORBIDDEN_LETTERS.has(letters)) return { ok: false, reason: 'letters' };
  return { ok: true, pc4, letters, formatted: `${pc4} ${letters}` };
}

/**
 * True when a search box's text should be treated as a postcode rather than a place name:
 * it starts with a digit ("2311", "2311 EZ", "23").
 */
export function looksLikePostcode(input: string | null | undefined): boolean {
  return /^\s*\d/.test(input ?? '');
}
