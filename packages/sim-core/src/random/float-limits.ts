import { rejectParameter } from './parameter-validation.js';

/*
 * Where double precision stops a distribution from being sampled. A distribution's mean, its
 * variance and its samples are all computed in float64; past these bounds one of them overflows to
 * Infinity (or turns into Infinity − Infinity = NaN), and a model fed such a draw has no meaning.
 * Each constructor checks its parameters against them and says which bound a value broke.
 *
 * The samples themselves need no bound of their own: the uniforms lie in [2^-33, 1 - 2^-33], so a
 * standard normal quantile stays within ±6.4 and -ln u below 22.9, and each class's largest sample
 * is a small multiple of the scale bounded here (the classes' comments give the arithmetic).
 */

/**
 * Largest scale (a mean, a standard deviation, a width) a distribution may have: its variance is of
 * the order of the scale's square, and √Number.MAX_VALUE ≈ 1.34e154, rounded down here to a number
 * a message can state.
 */
export const MAX_SCALE = 1e154;

/**
 * Smallest Weibull shape k: its variance needs Γ(1 + 2/k), which overflows float64 once 1 + 2/k
 * passes 171.62, i.e. for k below 0.011722; rounded up to a number a message can state.
 */
export const MIN_WEIBULL_SHAPE = 0.012;

/**
 * A bound as a message states it: rounded towards the allowed side to 4 significant digits, so that
 * every value the message allows is allowed.
 */
export function stateBound(bound: number, direction: 'down' | 'up' = 'down'): string {
  if (!Number.isFinite(bound) || bound === 0) return String(bound);
  // engine-math: the step only rounds a bound an error message states; it reaches no result.
  const step = 10 ** (Math.floor(Math.log10(Math.abs(bound))) - 3);
  const rounded = direction === 'down' ? Math.floor(bound / step) * step : Math.ceil(bound / step) * step;
  return String(Number(rounded.toPrecision(4)));
}

/**
 * Throws unless the positive `value` is at most `bound`; `reason` says what overflows beyond it.
 * Call after the check that `value` is a finite number > 0.
 */
export function requireAtMost(
  owner: string,
  name: string,
  value: number,
  bound: number,
  reason: string,
): void {
  if (!(value <= bound)) {
    rejectParameter(owner, name, `a finite number in (0, ${stateBound(bound)}] (${reason})`, value);
  }
}

/**
 * Throws unless `max - min`, the width of a range, is at most {@link MAX_SCALE}. Call after the
 * checks that both ends are finite and max > min.
 */
export function requireWidth(owner: string, min: number, max: number): void {
  if (!(max - min <= MAX_SCALE)) {
    rejectParameter(
      owner,
      'max',
      `at most min + ${stateBound(MAX_SCALE)} (a wider range makes the variance overflow double precision)`,
      max,
    );
  }
}
