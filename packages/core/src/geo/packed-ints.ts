/**
 * A column of integers packed for size (written by packages/data/scripts/build-pc4.mjs):
 * `first` as is, then each difference to the previous value, zigzag-mapped to unsigned
 * (0, −1, 1, −2 … → 0, 1, 2, 3 …) and Rice-coded with parameter `k` (u >> k in unary as
 * 1 bits ended by a 0 bit, then the low k bits of u, most significant first), packed
 * 6 bits per base64url character.
 */
export interface PackedInts {
  /** Number of values. */
  readonly n: number;
  /** The first value. */
  readonly first: number;
  /** Rice parameter. */
  readonly k: number;
  /** The bit string, base64url without padding. */
  readonly data: string;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
let sextets: Int8Array | undefined;

/** Character code → 6-bit value (−1 for other characters); built on first use, so that
 * importing this module has no side effect a bundler must keep. */
function sextetTable(): Int8Array {
  if (!sextets) {
    sextets = new Int8Array(128).fill(-1);
    for (let i = 0; i < BASE64URL.length; i++) sextets[BASE64URL.charCodeAt(i)] = i;
  }
  return sextets;
}

/** Decodes a {@link PackedInts} column; throws on malformed data. */
export function unpackInts(column: PackedInts): Float64Array {
  const { n, first, k, data } = column;
  if (!Number.isInteger(n) || n < 0 || !Number.isInteger(k) || k < 0 || k > 30 || !Number.isSafeInteger(first)) {
    throw new Error('packed integers: bad header');
  }
  const out = new Float64Array(n);
  if (n === 0) return out;
  out[0] = first;
  const SEXTET = sextetTable();
  const totalBits = data.length * 6;
  let pos = 0; // bit position in data
  const bit = (): number => {
    if (pos >= totalBits) throw new Error('packed integers: data ends early');
    const code = data.charCodeAt((pos / 6) | 0);
    const sextet = code < 128 ? SEXTET[code]! : -1;
    if (sextet < 0) throw new Error('packed integers: not base64url');
    return (sextet >> (5 - (pos++ % 6))) & 1;
  };
  const scale = 2 ** k;
  for (let i = 1; i < n; i++) {
    let q = 0;
    while (bit() === 1) q++;
    let low = 0;
    for (let b = 0; b < k; b++) low = low * 2 + bit();
    const u = q * scale + low;
    // Undo the zigzag: even → non-negative, odd → negative.
    out[i] = out[i - 1]! + (u % 2 === 0 ? u / 2 : -(u + 1) / 2);
  }
  return out;
}
