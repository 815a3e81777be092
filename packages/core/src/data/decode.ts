import type { FeedEncoding } from './report.js';

/** A feed's text, and how its bytes were read. */
export interface DecodedText {
  text: string;
  encoding: FeedEncoding;
  /** True when the bytes were not valid UTF-8 and were read as Windows-1252. */
  encodingGuessed: boolean;
}

/**
 * Windows-1252's characters for bytes 0x80–0x9F (the rest is ISO-8859-1: the byte is the
 * code point). Written out because some runtimes (Node before 23) decode "windows-1252"
 * as ISO-8859-1, which turns € into a control character.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Code unit per byte: the byte itself, but CP1252_HIGH for 0x80–0x9F. Built on first use. */
let cp1252Table: Uint16Array | undefined;

/** True where a Uint16Array holds its code units little-endian (every browser's platform). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeWindows1252(bytes: Uint8Array): string {
  // One table look-up per byte into a preallocated array, then one native decode of the code
  // units: the same text a browser's "windows-1252" decoder gives, € included (Node 20's is
  // ISO-8859-1), without a string per character.
  if (!cp1252Table) {
    cp1252Table = new Uint16Array(256);
    for (let byte = 0; byte < 256; byte++) cp1252Table[byte] = byte;
    for (let byte = 0x80; byte < 0xa0; byte++) cp1252Table[byte] = CP1252_HIGH.charCodeAt(byte - 0x80);
  }
  const table = cp1252Table;
  const length = bytes.length;
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) units[i] = table[bytes[i]!]!;
  if (LITTLE_ENDIAN) return new TextDecoder('utf-16le', { ignoreBOM: true }).decode(units);
  let text = '';
  for (let at = 0; at < length; at += 8192) {
    text += String.fromCharCode.apply(null, units.subarray(at, at + 8192) as unknown as number[]);
  }
  return text;
}

/**
 * The offset of the first byte sequence that is not valid UTF-8 (as the WHATWG decoder in
 * fatal mode judges it: no overlong forms, surrogates or code points past U+10FFFF, no
 * sequence cut off at the end), or -1 when all of it is valid. Cheap next to a decoder
 * that builds the text and then throws: Dutch Excel's files fail in their first rows.
 */
export function invalidUtf8At(bytes: Uint8Array): number {
  const length = bytes.length;
  let i = 0;
  while (i < length) {
    const byte = bytes[i]!;
    if (byte < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (byte >= 0xc2 && byte <= 0xdf) need = 1;
    else if (byte >= 0xe0 && byte <= 0xef) {
      need = 2;
      if (byte === 0xe0) lower = 0xa0;
      else if (byte === 0xed) upper = 0x9f;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      need = 3;
      if (byte === 0xf0) lower = 0x90;
      else if (byte === 0xf4) upper = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lower || second > upper) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** The charset a server names in its Content-Type, when it is one we read as such. */
function declaredCharset(contentType: string | null | undefined): FeedEncoding | undefined {
  const charset = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (!charset) return undefined;
  if (charset === 'utf-16le') return 'utf-16le';
  if (charset === 'utf-16be') return 'utf-16be';
  // ISO-8859-1 is read as Windows-1252 by every browser (the WHATWG Encoding standard).
  if (['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'iso-8859-15', 'us-ascii'].includes(charset)) return 'windows-1252';
  return undefined;
}

/**
 * UTF-16 without a byte-order mark: most text is ASCII, so every other byte is zero.
 * Looks at the first 200 bytes.
 */
function utf16WithoutBom(bytes: Uint8Array): FeedEncoding | undefined {
  const length = Math.min(bytes.length, 200) & ~1;
  if (length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.7 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.7 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Reads a feed's bytes as text, as a spreadsheet may have saved them: UTF-8 (a byte-order
 * mark is dropped), UTF-16 with its byte-order mark (Excel's "Unicode text"), or, when the
 * bytes are not valid UTF-8, Windows-1252 (Dutch Excel's "CSV (gescheiden door
 * lijstscheidingsteken)"), with `encodingGuessed` set so the webmaster can be told.
 */
export function decodeBytes(input: ArrayBuffer | Uint8Array, contentType?: string | null): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const read = (encoding: FeedEncoding, from = 0, encodingGuessed = false): DecodedText => ({
    text:
      encoding === 'windows-1252'
        ? decodeWindows1252(bytes.subarray(from))
        : // ignoreBOM: the mark (if any) is skipped by `from`, so a second one would be text.
          new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(from)),
    encoding,
    encodingGuessed,
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return read('utf-8', 3);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return read('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return read('utf-16be', 2);
  const declared = declaredCharset(contentType) ?? utf16WithoutBom(bytes);
  if (declared) return read(declared);
  // Bytes that are surely not UTF-8 skip the decoder (which would build the text, then throw).
  if (invalidUtf8At(bytes) !== -1) return read('windows-1252', 0, true);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8', encodingGuessed: false };
  } catch {
    return read('windows-1252', 0, true);
  }
}
