import { MAX_ZIGZAG_MAGNITUDE, unzigzag, zigzag } from './zigzag-varint.js';

/**
 * Signed integers as Rice codes in blocks: the entropy coding of a format-4 record's series
 * (docs/results-format.md). Each value is first zigzagged (0, −1, 1, −2, … as 0, 1, 2, 3, …);
 * every block of {@link RICE_BLOCK} values (the last may be shorter) starts with a 6-bit
 * parameter r, then each value z of the block as ⌊z / 2^r⌋ one-bits, a zero bit, and the low r
 * bits of z, high bit first. Bits fill each byte from its high bit; the code ends on a byte
 * boundary (zero bits pad it).
 *
 * Why: the hour-to-hour differences of a busy queue's rounded series spread over hundreds of
 * hundredths; a varint spends whole bytes on them and brotli gets back only part of the waste,
 * while a Rice code with r fitted to the block (the r that makes the block shortest) comes
 * within a few per cent of their entropy (horgos-2024's `inSystem`: 12.2 kB a year against 14.0
 * as brotli-compressed varints). A block of zeros costs r = 0 and a bit a value, which brotli
 * then squeezes to almost nothing.
 *
 * Bitwise operators only on pieces of at most 24 bits, joined by arithmetic, so that values up
 * to 2^52 in magnitude are exact.
 */
export const RICE_BLOCK = 96;

const PARAMETER_BITS = 6;

/** The Rice code of `values` (signed integers of magnitude at most 2^52). */
export function encodeRice(values: readonly number[]): Uint8Array {
  const n = values.length;
  const zigzagged = new Array<number>(n);
  for (let i = 0; i < n; i++) zigzagged[i] = zigzag(values[i]!, 'Rice code');
  // Each block's parameter first, and with them the code's exact length: the bytes are
  // allocated once, zeroed, so a quotient's ending zero and zero low bits need no writing.
  const parameters = new Uint8Array(Math.ceil(n / RICE_BLOCK));
  let length = 0;
  for (let b = 0; b < parameters.length; b++) {
    const start = b * RICE_BLOCK;
    const end = Math.min(start + RICE_BLOCK, n);
    const r = bestParameter(zigzagged, start, end);
    parameters[b] = r;
    length += PARAMETER_BITS + codeBits(zigzagged, start, end, r);
  }
  const bytes = new Uint8Array(Math.ceil(length / 8));
  let at = 0;
  for (let b = 0; b < parameters.length; b++) {
    const start = b * RICE_BLOCK;
    const end = Math.min(start + RICE_BLOCK, n);
    const r = parameters[b]!;
    at = writeBits(bytes, at, r, PARAMETER_BITS);
    // engine-math: 2 ** r for an integer r ≤ 53 is an exact power of two on every engine.
    const scale = 2 ** r;
    for (let i = start; i < end; i++) {
      const z = zigzagged[i]!;
      const q = Math.floor(z / scale);
      at = writeOnes(bytes, at, q) + 1; // then the zero that ends the quotient
      const low = z - q * scale;
      at = r <= WINDOW_BITS ? writeBits(bytes, at, low, r) : writeWideBits(bytes, at, low, r);
    }
  }
  return bytes;
}

/** Bits the values zigzag[start, end) take with parameter r. */
function codeBits(zigzag: readonly number[], start: number, end: number, r: number): number {
  // engine-math: 2 ** r for an integer r ≤ 53 is an exact power of two on every engine.
  const scale = 2 ** r;
  let bits = 0;
  for (let i = start; i < end; i++) bits += Math.floor(zigzag[i]! / scale) + 1 + r;
  return bits;
}

/** Sets `count` bits from bit `at` (the bytes are zeroed); returns the bit after them. */
function writeOnes(bytes: Uint8Array, at: number, count: number): number {
  let from = at;
  let left = count;
  while (left > 0) {
    const free = 8 - (from & 7);
    const take = Math.min(free, left);
    bytes[from >> 3]! |= ((1 << take) - 1) << (free - take);
    from += take;
    left -= take;
  }
  return from;
}

/**
 * Writes the low `width` bits (at most {@link WINDOW_BITS}) of `value`, high bit first, from bit
 * `at` into zeroed bytes; returns the bit after them. They span at most four bytes.
 */
function writeBits(bytes: Uint8Array, at: number, value: number, width: number): number {
  if (width === 0) return at;
  const k = at >> 3;
  const last = (at + width - 1) >> 3;
  // The value placed in a 32-bit window that starts at byte k.
  const word = value << (32 - (at & 7) - width);
  bytes[k]! |= word >>> 24;
  if (last > k) bytes[k + 1]! |= (word >>> 16) & 255;
  if (last > k + 1) bytes[k + 2]! |= (word >>> 8) & 255;
  if (last > k + 2) bytes[k + 3]! |= word & 255;
  return at + width;
}

/** As {@link writeBits} for any width up to 53, its high bits first. */
function writeWideBits(bytes: Uint8Array, at: number, value: number, width: number): number {
  if (width <= WINDOW_BITS) return writeBits(bytes, at, value, width);
  // engine-math: 2 ** k for an integer k ≤ 53 is an exact power of two on every engine.
  const low = 2 ** WINDOW_BITS;
  const high = Math.floor(value / low);
  return writeBits(
    bytes,
    writeWideBits(bytes, at, high, width - WINDOW_BITS),
    value - high * low,
    WINDOW_BITS,
  );
}

/**
 * Reads `count` values Rice-coded by {@link encodeRice} from `bytes` at `offset` into `into`
 * (from index 0); returns the offset of the byte after the code. Throws a TypeError if the bytes
 * run out.
 */
export function decodeRice(bytes: Uint8Array, offset: number, count: number, into: number[]): number {
  let at = offset * 8;
  const end = bytes.length * 8;
  let r = 0;
  let scale = 1;
  for (let i = 0; i < count; i++) {
    if (i % RICE_BLOCK === 0) {
      if (at + PARAMETER_BITS > end) throw outOfBits();
      r = bitsAt(bytes, at, PARAMETER_BITS);
      at += PARAMETER_BITS;
      // engine-math: 2 ** r for an integer r ≤ 63 is an exact power of two on every engine.
      scale = 2 ** r;
    }
    // The unary quotient: count the one-bits up to the first zero, a byte's worth at a time.
    let q = 0;
    for (;;) {
      if (at >= end) throw outOfBits();
      const used = at & 7;
      const rest = (bytes[at >> 3]! << (24 + used)) | ((1 << (24 + used)) - 1);
      const ones = Math.min(Math.clz32(~rest), 8 - used);
      q += ones;
      at += ones;
      if (ones < 8 - used) break;
      if (q > MAX_ZIGZAG_MAGNITUDE) throw new TypeError('a packed series value is too large');
    }
    at++; // the zero that ends the quotient
    if (at + r > end) throw outOfBits();
    const z = q * scale + (r <= WINDOW_BITS ? bitsAt(bytes, at, r) : wideBitsAt(bytes, at, r));
    at += r;
    into[i] = unzigzag(z);
  }
  // Integer arithmetic, not Math.ceil: a property read first reached after the loop has no type
  // feedback, and it threw the loop's optimised code away on every call (--trace-deopt).
  return (at + 7) >> 3;
}

function outOfBits(): TypeError {
  return new TypeError('the packed series end in the middle of a value');
}

/** Most bits {@link bitsAt} reads: a 32-bit window from any bit of a byte holds 25 after it. */
const WINDOW_BITS = 24;

/*
 * Why a window: the decoder reads every value's low bits, 61,000 values a horgos-2024 record.
 * Four bytes read as one 32-bit word, shifted, give up to 24 bits at once where a loop took them a
 * byte at a time through a closure (2.2 ms a record; docs/performance.md, "The results log's
 * codec, faster").
 */

/**
 * The `width` bits (0 to {@link WINDOW_BITS}) of `bytes` from bit `at`, high bit first, as an
 * integer; the caller has checked that they are there (bytes past the end read as zeros).
 */
function bitsAt(bytes: Uint8Array, at: number, width: number): number {
  if (width === 0) return 0;
  const k = at >> 3;
  const word =
    (bytes[k]! << 24) | ((bytes[k + 1] ?? 0) << 16) | ((bytes[k + 2] ?? 0) << 8) | (bytes[k + 3] ?? 0);
  return (word << (at & 7)) >>> (32 - width);
}

/** As {@link bitsAt} for any width up to 53, {@link WINDOW_BITS} bits at a time. */
function wideBitsAt(bytes: Uint8Array, at: number, width: number): number {
  let x = 0;
  let from = at;
  let left = width;
  while (left > WINDOW_BITS) {
    // engine-math: 2 ** 24 is an exact power of two.
    x = x * 2 ** WINDOW_BITS + bitsAt(bytes, from, WINDOW_BITS);
    from += WINDOW_BITS;
    left -= WINDOW_BITS;
  }
  // engine-math: 2 ** left for an integer left ≤ 24 is an exact power of two.
  return x * 2 ** left + bitsAt(bytes, from, left);
}

/**
 * The r that codes zigzag[start, end) in the fewest bits, searched near log2 of the block's mean
 * (where the optimum of a geometric-like spread lies) rather than over every r: any r decodes,
 * this only keeps the search to a handful of passes over the block.
 */
function bestParameter(zigzag: readonly number[], start: number, end: number): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += zigzag[i]!;
  // engine-math: log2 only centres the search for r; every r decodes the same values.
  const guess = sum === 0 ? 0 : Math.max(0, Math.floor(Math.log2(sum / (end - start))));
  let best = 0;
  let bestBits = Number.POSITIVE_INFINITY;
  for (let r = Math.max(0, guess - 2); r <= Math.min(53, guess + 2); r++) {
    const bits = codeBits(zigzag, start, end, r);
    if (bits < bestBits) {
      bestBits = bits;
      best = r;
    }
  }
  return best;
}
