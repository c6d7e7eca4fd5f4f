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
 * Arithmetic rather than bitwise operators, so that values up to 2^52 in magnitude are exact.
 */
export const RICE_BLOCK = 96;

const PARAMETER_BITS = 6;
const MAX_MAGNITUDE = 2 ** 52;

/** The Rice code of `values` (signed integers of magnitude at most 2^52). */
export function encodeRice(values: readonly number[]): Uint8Array {
  const zigzag = values.map((x) => {
    if (!Number.isInteger(x) || Math.abs(x) > MAX_MAGNITUDE) {
      throw new RangeError(`Rice code: ${x} is not an integer of magnitude <= 2^52`);
    }
    return x >= 0 ? 2 * x : -2 * x - 1;
  });
  const bits = new BitWriter();
  for (let start = 0; start < zigzag.length; start += RICE_BLOCK) {
    const end = Math.min(start + RICE_BLOCK, zigzag.length);
    const r = bestParameter(zigzag, start, end);
    bits.write(r, PARAMETER_BITS);
    // engine-math: 2 ** r for an integer r ≤ 53 is an exact power of two on every engine.
    const scale = 2 ** r;
    for (let i = start; i < end; i++) {
      const z = zigzag[i]!;
      bits.unary(Math.floor(z / scale));
      bits.write(z % scale, r);
    }
  }
  return bits.finish();
}

/**
 * Reads `count` values Rice-coded by {@link encodeRice} from `bytes` at `offset` into `into`
 * (from index 0); returns the offset of the byte after the code. Throws a TypeError if the bytes
 * run out.
 */
export function decodeRice(bytes: Uint8Array, offset: number, count: number, into: number[]): number {
  let at = offset * 8;
  const end = bytes.length * 8;
  const outOfBits = () => new TypeError('the packed series end in the middle of a value');
  // The next `width` bits (at most 30) as an integer, a byte's worth at a time.
  const read30 = (width: number): number => {
    if (at + width > end) throw outOfBits();
    let x = 0;
    let left = width;
    while (left > 0) {
      const avail = 8 - (at & 7);
      const take = Math.min(avail, left);
      x = (x << take) | ((bytes[at >> 3]! >> (avail - take)) & ((1 << take) - 1));
      at += take;
      left -= take;
    }
    return x;
  };
  const read = (width: number): number =>
    width > 30 ? read(width - 30) * 2 ** 30 + read30(30) : read30(width);
  let r = 0;
  for (let i = 0; i < count; i++) {
    if (i % RICE_BLOCK === 0) r = read30(PARAMETER_BITS);
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
      if (q > MAX_MAGNITUDE) throw new TypeError('a packed series value is too large');
    }
    at++; // the zero that ends the quotient
    // engine-math: 2 ** r for an integer r ≤ 53 is an exact power of two on every engine.
    const z = q * 2 ** r + read(r);
    into[i] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  return Math.ceil(at / 8);
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
    // engine-math: 2 ** r for an integer r ≤ 53 is an exact power of two on every engine.
    const scale = 2 ** r;
    let bits = 0;
    for (let i = start; i < end; i++) bits += Math.floor(zigzag[i]! / scale) + 1 + r;
    if (bits < bestBits) {
      bestBits = bits;
      best = r;
    }
  }
  return best;
}

/** Bits appended high bit first into a growing byte array. */
class BitWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** The low `width` bits of `value` (a non-negative integer below 2^53), high bit first. */
  write(value: number, width: number): void {
    if (width > 30) {
      this.write(Math.floor(value / 2 ** 30), width - 30);
      this.write(value % 2 ** 30, 30);
      return;
    }
    let left = width;
    while (left > 0) {
      const free = 8 - (this.length & 7);
      const take = Math.min(free, left);
      const bits = (value >>> (left - take)) & ((1 << take) - 1);
      this.room()[this.length >> 3]! |= bits << (free - take);
      this.length += take;
      left -= take;
    }
  }

  /** `ones` one-bits, then a zero bit. */
  unary(ones: number): void {
    let left = ones;
    while (left > 0) {
      const free = 8 - (this.length & 7);
      const take = Math.min(free, left);
      this.room()[this.length >> 3]! |= ((1 << take) - 1) << (free - take);
      this.length += take;
      left -= take;
    }
    this.room();
    this.length++;
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, Math.ceil(this.length / 8));
  }

  /** The byte array, grown if the next bit would fall past its end. */
  private room(): Uint8Array {
    if (this.length >> 3 >= this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    return this.bytes;
  }
}
