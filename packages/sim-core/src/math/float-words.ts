// Reads and writes the two 32-bit halves of a float64, the way fdlibm's GET_HIGH_WORD /
// SET_LOW_WORD macros do, through one shared view: no allocation per call.

const FLOAT = new Float64Array(1);
const WORDS = new Int32Array(FLOAT.buffer);

// Which Int32Array index holds the sign/exponent half depends on the platform's byte order.
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/** The high 32 bits of `x` (sign, exponent, top 20 bits of the mantissa) as a signed int32. */
export function highWord(x: number): number {
  FLOAT[0] = x;
  return WORDS[HIGH]!;
}

/** The low 32 bits of `x` as a signed int32 (use `>>> 0` where fdlibm treats it as unsigned). */
export function lowWord(x: number): number {
  FLOAT[0] = x;
  return WORDS[LOW]!;
}

/** The float64 whose high and low 32-bit words are `high` and `low`. */
export function fromWords(high: number, low: number): number {
  WORDS[HIGH] = high;
  WORDS[LOW] = low;
  return FLOAT[0]!;
}

/** `x` with its high word replaced by `high`. */
export function withHighWord(x: number, high: number): number {
  FLOAT[0] = x;
  WORDS[HIGH] = high;
  return FLOAT[0]!;
}

/** `x` with its low word replaced by `low` (fdlibm's SET_LOW_WORD(x, 0) cuts x to its top 21 bits). */
export function withLowWord(x: number, low: number): number {
  FLOAT[0] = x;
  WORDS[LOW] = low;
  return FLOAT[0]!;
}
