// Arguments for the tests of the elementary-function ports: special values, random doubles of
// every exponent and the ranges the random distributions and statistics use. Deterministic (a
// fixed xorshift seed), so the Node 20 reference table and the tests see the same arguments.

const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);

/** Doubles that stress special cases: zeros, subnormals, ±1, infinities, NaN, thresholds. */
export const SPECIAL_VALUES: readonly number[] = [
  0,
  -0,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  2.2250738585072009e-308,
  2.2250738585072014e-308,
  1,
  -1,
  0.5,
  -0.5,
  2,
  -2,
  3,
  -3,
  1 + Number.EPSILON,
  1 - Number.EPSILON / 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  709.782712893384,
  709.7827128933841,
  -745.1332191019411,
  -745.1332191019412,
  -708.3964185322641,
  0.34657359027997264,
  1.0397207708399179,
  38.816242111356935,
  1e-300,
  1e300,
  2 ** -28,
  2 ** -54,
  2 ** 31,
  2 ** 53,
  2 ** 64,
  0.7853981633974483,
  1.5707963267948966,
  Math.PI,
  2.356194490192345,
  1647099.9999999998,
  Math.E,
  Math.LN2,
  0.41421356237309503,
  -0.2928932188134524,
  1e-9,
  -1e-9,
];

/** The special values in a function's domain: tan's port covers |x| up to about 2^20·π/2 only. */
export function specialValuesFor(name: string): number[] {
  return SPECIAL_VALUES.filter(
    (x) => name !== 'tan' || !(Math.abs(x) > 1647099.9999999998 && Number.isFinite(x)),
  );
}

/** A xorshift32 generator of 32-bit words; a new one per call so each test starts at the same seed. */
export function wordSource(seed = 0x9e3779b9): () => number {
  let s = seed >>> 0;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** A double from 64 random bits: every exponent, sign, subnormals, infinities and NaNs included. */
export function anyDouble(next: () => number): number {
  WORDS[0] = next();
  WORDS[1] = next();
  return BITS[0]!;
}

/** A uniform draw in [0, 1) with 32 random bits. */
export function unit(next: () => number): number {
  return next() / 2 ** 32;
}

/** Argument generators per function: a mix of all doubles and the ranges Landport uses. */
export const UNARY_ARGUMENTS: Record<
  'log' | 'log1p' | 'exp' | 'expm1' | 'tan',
  (next: () => number) => number
> = {
  // uniform draws (−ln u), means and sketch values of any size, all doubles
  log: (next) => {
    const r = next() & 3;
    if (r === 0) return anyDouble(next);
    if (r === 1) return unit(next);
    if (r === 2) return Math.abs(anyDouble(next));
    return unit(next) * 2 ** ((next() & 63) - 16);
  },
  // −p for tail probabilities, t²/ν, cv², all doubles
  log1p: (next) => {
    const r = next() & 3;
    if (r === 0) return anyDouble(next);
    if (r === 1) return -unit(next);
    return unit(next) * 2 ** ((next() & 31) - 24);
  },
  // normal densities, log-normal draws, the sketch's bucket bounds, the whole finite range
  exp: (next) => {
    const r = next() & 3;
    if (r === 0) return anyDouble(next);
    if (r === 1) return (unit(next) - 0.5) * 1500;
    return (unit(next) - 0.5) * 40;
  },
  expm1: (next) => {
    const r = next() & 3;
    if (r === 0) return anyDouble(next);
    if (r === 1) return (unit(next) - 0.5) * 1500;
    return (unit(next) - 0.5) * 2 ** ((next() & 15) - 10);
  },
  // πq for 0 < q < 1 (the Cauchy quantile), and the whole medium reduction range
  tan: (next) => {
    const r = next() & 3;
    if (r === 0) return Math.PI * unit(next);
    if (r === 1) return (unit(next) - 0.5) * 2 * 1647099;
    return (unit(next) - 0.5) * 2 ** ((next() & 15) - 4);
  },
};

/** A (base, exponent) pair for pow: Weibull and gamma draws, integer powers, all doubles. */
export function powArguments(next: () => number): [number, number] {
  const r = next() & 7;
  if (r === 0) return [anyDouble(next), anyDouble(next)];
  if (r === 1) return [unit(next), (unit(next) - 0.5) * 40]; // u^(1/a), u^boost
  if (r === 2) return [unit(next) * 50, unit(next) * 10]; // (−ln u)^(1/k), Lanczos t^(z + 1/2)
  if (r === 3) return [10, (next() % 40) - 20]; // decimal scales
  if (r === 4) return [-(next() % 30) - unit(next), (next() % 41) - 20]; // negative bases, integer exponents
  if (r === 5) return [1 + (unit(next) - 0.5) * 2 ** -18, (unit(next) - 0.5) * 2 ** 40]; // |y| > 2^31 near 1
  if (r === 6) return [unit(next) * 2 ** ((next() & 63) - 32), (unit(next) - 0.5) * 400]; // over/underflow
  return [anyDouble(next), (unit(next) - 0.5) * 8];
}
