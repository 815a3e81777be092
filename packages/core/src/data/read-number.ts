import { parseNumberText } from '../attributes.js';

/*
 * Numbers as webmasters type them: prices (€ 2,50 · 2,50 euro · EUR 2.50 · €2,- · gratis),
 * percentages (79%), and big numbers with thousands separators when nothing else is
 * possible (1.250.000 · 1 250 000 · 1.250,50). "1.250" alone stays unread: it is 1250
 * in Dutch and 1.25 in English (the caller may use the schema's bounds to decide).
 */

const PLAIN = /^\s*-?\d{1,15}([.,]\d+)?\s*$/;
const FREE = /^(gratis|free|kosteloos|kostenloos|gratis toegang)[.!]?$/;
const AFFIXES = /^(€|eur|euro|euros)\s*|\s*(€|eur|euro|euros|%|procent|percent)$|\s*[.,]-{1,2}$|\s*[.,][\u2013\u2014]$/g;

/** The number a cell holds, or undefined when it holds none (or an ambiguous one). */
export function readNumber(raw: string): number | undefined {
  // Most cells are plain numbers: read them at once. Three decimals ("1.250") may be thousands: the long way.
  const plain = PLAIN.exec(raw);
  if (plain && plain[1]?.length !== 4) return Number(plain[1] ? raw.trim().replace(',', '.') : raw.trim());
  let text = raw.trim().toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ');
  if (text === '') return undefined;
  if (FREE.test(text)) return 0;
  // Twice: "€ 2,-" has a currency before and a dash after.
  text = text.replace(AFFIXES, '').replace(AFFIXES, '').trim();
  // "- 5" / "−5" (a minus sign from a word processor).
  text = text.replace(/^[\u2212-]\s*/, '-');
  let match: RegExpExecArray | null;
  // Spaces between groups of three: always thousands.
  if (/^[-+]?\d{1,3}( \d{3})+([.,]\d+)?$/.test(text)) text = text.replace(/ /g, '');
  // Two kinds of separator: the last one is the decimal one.
  if ((match = /^([-+]?\d{1,3}(?:\.\d{3})+),(\d+)$/.exec(text))) return finite(`${match[1]!.replace(/\./g, '')}.${match[2]}`);
  if ((match = /^([-+]?\d{1,3}(?:,\d{3})+)\.(\d+)$/.exec(text))) return finite(`${match[1]!.replace(/,/g, '')}.${match[2]}`);
  // Several groups of three with one kind of separator: thousands, whichever it is.
  if (/^[-+]?\d{1,3}([.,])\d{3}(\1\d{3})+$/.test(text)) return finite(text.replace(/[.,]/g, ''));
  return parseNumberText(text);
}

function finite(text: string): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
