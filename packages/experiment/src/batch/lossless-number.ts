/**
 * A number as stored in JSON files: finite numbers (other than −0) as JSON numbers, and the values
 * JSON cannot represent as strings, so that nothing is lost (JSON.stringify would write NaN and
 * ±Infinity as null, and −0 as 0).
 */
export type EncodedNumber = number | 'NaN' | 'Infinity' | '-Infinity' | '-0';

/** Encodes `x` for JSON (see {@link EncodedNumber}). */
export function encodeNumber(x: number): EncodedNumber {
  if (Number.isFinite(x) && !Object.is(x, -0)) return x;
  return formatNumber(x) as EncodedNumber;
}

/** Inverse of {@link encodeNumber}; throws a TypeError naming `where` for anything else. */
export function decodeNumber(value: unknown, where: string): number {
  if (typeof value === 'number') return value;
  switch (value) {
    case 'NaN':
      return Number.NaN;
    case 'Infinity':
      return Number.POSITIVE_INFINITY;
    case '-Infinity':
      return Number.NEGATIVE_INFINITY;
    case '-0':
      return -0;
    default:
      throw new TypeError(
        `${where} must be a number or one of "NaN", "Infinity", "-Infinity", "-0", got ${JSON.stringify(value)}`,
      );
  }
}

/**
 * The shortest text that reads back as exactly `x` with `Number(text)` (and with Python's
 * `float`, pandas and R): ECMAScript's Number-to-String is the shortest round-trip decimal,
 * plus 'NaN', 'Infinity', '-Infinity' and '-0' (String(−0) would be '0').
 */
export function formatNumber(x: number): string {
  return Object.is(x, -0) ? '-0' : String(x);
}

/**
 * JSON.stringify with every number encoded by {@link encodeNumber}, for plain data holding
 * statistics that may be NaN or infinite (a summary, a comparison): lossless where JSON.stringify
 * would write null. `indent` as JSON.stringify's third argument.
 */
export function stringifyLossless(value: unknown, indent?: number): string {
  return JSON.stringify(value, (_key, x: unknown) => (typeof x === 'number' ? encodeNumber(x) : x), indent);
}
