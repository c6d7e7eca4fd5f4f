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
  const bit = (): number => {
    if (at >= end) throw new TypeError('the packed series end in the middle of a value');
    const b = (bytes[at >> 3]! >> (7 - (at & 7))) & 1;
    at++;
    return b;
  };
  const read = (width: number): number => {
    let x = 0;
    for (let i = 0; i < width; i++) x = x * 2 + bit();
    return x;
  };
  let r = 0;
  for (let i = 0; i < count; i++) {
    if (i % RICE_BLOCK === 0) r = read(PARAMETER_BITS);
    let q = 0;
    while (bit() === 1) {
      q++;
      if (q > MAX_MAGNITUDE) throw new TypeError('a packed series value is too large');
    }
    const z = q * 2 ** r + read(r);
    into[i] = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
  return Math.ceil(at / 8);
}

/** The r from 0 to 53 that codes zigzag[start, end) in the fewest bits. */
function bestParameter(zigzag: readonly number[], start: number, end: number): number {
  let best = 0;
  let bestBits = Number.POSITIVE_INFINITY;
  for (let r = 0; r <= 53; r++) {
    const scale = 2 ** r;
    let bits = 0;
    for (let i = start; i < end; i++) bits += Math.floor(zigzag[i]! / scale) + 1 + r;
    if (bits < bestBits) {
      bestBits = bits;
      best = r;
    }
    // Past the best, the cost only grows: stop once r alone exceeds it per value.
    if ((r + 1) * (end - start) > bestBits) break;
  }
  return best;
}

/** Bits appended high bit first into a growing byte array. */
class BitWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.push(Math.floor(value / 2 ** i) % 2);
  }

  unary(ones: number): void {
    for (let i = 0; i < ones; i++) this.push(1);
    this.push(0);
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, Math.ceil(this.length / 8));
  }

  private push(bit: number): void {
    const byte = this.length >> 3;
    if (byte >= this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    if (bit === 1) this.bytes[byte]! |= 128 >> (this.length & 7);
    this.length++;
  }
}
