import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, invalidUtf8At } from './decode.js';

const TEXT = 'titel;prijs\nTablet café;€ 2,50\n';

/** Bytes as Dutch Excel writes "CSV (gescheiden door lijstscheidingsteken)": Windows-1252. */
function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '€': 0x80, é: 0xe9, ë: 0xeb, ï: 0xef, '’': 0x92 };
  return Uint8Array.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}

function utf16(text: string, littleEndian: boolean, bom = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(offset + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

describe('decodeBytes', () => {
  it('reads UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', encodingGuessed: false });
  });

  it('drops a UTF-8 byte-order mark ("CSV UTF-8" from Excel)', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeBytes(bytes)).toEqual({ text: TEXT, encoding: 'utf-8', encodingGuessed: false });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, and says it guessed', () => {
    const decoded = decodeBytes(windows1252(TEXT).buffer as ArrayBuffer);
    expect(decoded).toEqual({ text: TEXT, encoding: 'windows-1252', encodingGuessed: true });
    expect(decoded.text).toContain('Tablet café');
    expect(decoded.text).not.toContain('\uFFFD');
  });

  it('reads UTF-16 with its byte-order mark, little and big endian', () => {
    expect(decodeBytes(utf16(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-16le', encodingGuessed: false });
    expect(decodeBytes(utf16(TEXT, false))).toEqual({ text: TEXT, encoding: 'utf-16be', encodingGuessed: false });
  });

  it('recognises UTF-16 without a byte-order mark by its zero bytes', () => {
    expect(decodeBytes(utf16(TEXT, true, false)).text).toBe(TEXT);
    expect(decodeBytes(utf16(TEXT, false, false)).text).toBe(TEXT);
  });

  it('believes a charset the server names', () => {
    expect(decodeBytes(windows1252(TEXT), 'text/csv; charset=ISO-8859-1')).toEqual({ text: TEXT, encoding: 'windows-1252', encodingGuessed: false });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', encodingGuessed: false });
  });
});

describe('invalidUtf8At', () => {
  const fatal = (bytes: Uint8Array) => {
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it('judges bytes as the fatal UTF-8 decoder does', () => {
    // Bytes near the edges of every sequence form: overlong, surrogates, past U+10FFFF, cut off.
    const edges = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }), (list) => {
        const bytes = Uint8Array.from(list);
        expect(invalidUtf8At(bytes) === -1).toBe(fatal(bytes));
      }),
      { numRuns: 5000 },
    );
  });

  it('finds the first byte that is not UTF-8', () => {
    expect(invalidUtf8At(new TextEncoder().encode(TEXT))).toBe(-1);
    expect(invalidUtf8At(windows1252(TEXT))).toBe(TEXT.indexOf('é'));
  });
});

describe('decodeBytes, Windows-1252', () => {
  it('reads every byte as a browser does (€ and the other characters of 0x80–0x9F too)', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, byte) => byte);
    const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
    const expected = Array.from({ length: 256 }, (_, byte) => (byte >= 0x80 && byte < 0xa0 ? high[byte - 0x80] : String.fromCharCode(byte))).join('');
    expect(decodeBytes(bytes).text).toBe(expected);
    expect(decodeBytes(bytes, 'text/csv; charset=windows-1252').text).toBe(expected);
  });

  it('reads a big file whole', () => {
    const bytes = new Uint8Array(100_000).fill(0x80);
    expect(decodeBytes(bytes).text).toBe('€'.repeat(100_000));
  });
});
