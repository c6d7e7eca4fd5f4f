/**
 * Signed integers as zigzag varints (as Protocol Buffers' sint64): 0, −1, 1, −2, … become
 * 0, 1, 2, 3, …, then 7 bits a byte, low bits first, the high bit set on every byte but the last.
 * Small magnitudes take one byte whatever their sign, which is what the differences between
 * neighbouring points of a quantised series are.
 *
 * Arithmetic rather than bitwise operators, so that values beyond 32 bits are exact: every value
 * must be a safe integer of magnitude at most {@link MAX_ZIGZAG_MAGNITUDE}, whose zigzag form
 * (at most 2^53) a double still holds exactly.
 */
export const MAX_ZIGZAG_MAGNITUDE = 2 ** 52;

/**
 * The zigzag form of `x` (0, −1, 1, −2, … as 0, 1, 2, 3, …); a RangeError naming `code` (the code
 * being written) unless `x` is an integer of magnitude at most {@link MAX_ZIGZAG_MAGNITUDE}.
 */
export function zigzag(x: number, code: string): number {
  if (!Number.isInteger(x) || Math.abs(x) > MAX_ZIGZAG_MAGNITUDE) {
    throw new RangeError(`${code}: ${x} is not an integer of magnitude <= 2^52`);
  }
  return x >= 0 ? 2 * x : -2 * x - 1;
}

/** Inverse of {@link zigzag}. */
export function unzigzag(z: number): number {
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}

/** Appends the zigzag varints of `values` to `out`. Throws a RangeError for a value out of range. */
export function writeZigzagVarints(values: ArrayLike<number>, out: number[]): void {
  for (let i = 0; i < values.length; i++) {
    let z = zigzag(values[i]!, 'zigzag varint');
    while (z >= 128) {
      out.push((z % 128) + 128);
      z = Math.floor(z / 128);
    }
    out.push(z);
  }
}

/**
 * Reads `count` zigzag varints from `bytes` at `offset` into `into` (from index 0) and returns
 * the offset after the last. Throws a TypeError if the bytes run out or a varint is too long.
 */
export function readZigzagVarints(bytes: Uint8Array, offset: number, count: number, into: number[]): number {
  let at = offset;
  for (let i = 0; i < count; i++) {
    let z = 0;
    let scale = 1;
    for (;;) {
      if (at >= bytes.length) throw new TypeError('the packed integers end in the middle of a value');
      const byte = bytes[at++]!;
      z += (byte & 127) * scale;
      if (byte < 128) break;
      scale *= 128;
      if (scale > 2 ** 56) throw new TypeError('a packed integer is longer than 8 bytes');
    }
    into[i] = unzigzag(z);
  }
  return at;
}
