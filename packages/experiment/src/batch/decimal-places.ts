import { pow } from '@landport/sim-core';

/** Most decimal places {@link decimalPlaces} tries. */
export const MAX_DECIMAL_PLACES = 6;

/** Largest |k| stored, so that differences of neighbours stay within zigzag varints' range. */
const MAX_SCALED = 2 ** 51;

/**
 * The fewest decimal places d (0 to {@link MAX_DECIMAL_PLACES}) at which every value is exactly
 * `k / 10^d` for an integer k, as {@link scaledIntegers} and {@link fromScaledIntegers} turn it
 * back and forth, or null if none: a NaN, an infinity, a −0 (k = 0 reads back as +0) or a value
 * not so rounded is kept as its binary64 bits instead. The test is the round trip itself, so a
 * value declared representable reads back to the same bits.
 */
export function decimalPlaces(values: ArrayLike<number>): number | null {
  for (let d = 0; d <= MAX_DECIMAL_PLACES; d++) {
    if (representable(values, d)) return d;
  }
  return null;
}

function representable(values: ArrayLike<number>, d: number): boolean {
  const scale = pow(10, d);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const k = Math.round(v * scale);
    if (!(Math.abs(k) <= MAX_SCALED) || !Object.is(k / scale, v) || Object.is(v, -0)) return false;
  }
  return true;
}

/** The integers k with value = k / 10^d, for values {@link decimalPlaces} accepted at d. */
export function scaledIntegers(values: ArrayLike<number>, d: number): number[] {
  const scale = pow(10, d);
  // A loop, not Array.from with a callback: a results-log record turns 61,000 values each way,
  // and the loop takes a third of the time (docs/performance.md, "The results log's codec,
  // faster").
  const integers = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) integers[i] = Math.round(values[i]! * scale) + 0;
  return integers;
}

/** The values k / 10^d (the one expression both directions use, so the bits match). */
export function fromScaledIntegers(integers: readonly number[], d: number): number[] {
  const scale = pow(10, d);
  const values = new Array<number>(integers.length);
  for (let i = 0; i < integers.length; i++) values[i] = integers[i]! / scale;
  return values;
}
