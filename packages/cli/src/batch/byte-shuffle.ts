/**
 * Byte transposition of an array of 8-byte values, as Blosc and HDF5's shuffle filter do: all
 * first bytes, then all second bytes, and so on. The sign, exponent and high mantissa bytes of
 * neighbouring doubles (and the many zeros of a queue that is mostly empty) then sit side by side,
 * which a general-purpose compressor finds; interleaved with the noisy low bytes it cannot.
 */
export function shuffleBytes(bytes: Uint8Array, width: number): Uint8Array {
  const count = checkLength(bytes, width);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < width; j++) out[j * count + i] = bytes[i * width + j]!;
  }
  return out;
}

/** Inverse of {@link shuffleBytes}. */
export function unshuffleBytes(bytes: Uint8Array, width: number): Uint8Array {
  const count = checkLength(bytes, width);
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < width; j++) out[i * width + j] = bytes[j * count + i]!;
  }
  return out;
}

function checkLength(bytes: Uint8Array, width: number): number {
  if (bytes.length % width !== 0) {
    throw new RangeError(
      `byte shuffle: ${bytes.length} bytes are not a whole number of ${width}-byte values`,
    );
  }
  return bytes.length / width;
}
