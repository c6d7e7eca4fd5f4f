import { mean, variance } from 'd3-array';
import { checkLevel, toFiniteArray } from './confidence-interval.js';
import { studentTQuantile } from './student-t.js';

/** Welch confidence interval for mean(a) − mean(b). */
export interface WelchInterval {
  /** Sizes of the two samples. */
  nA: number;
  nB: number;
  /** mean(a) − mean(b). */
  mean: number;
  /** √(s_a²/n_a + s_b²/n_b); NaN if a sample has fewer than 2 values. */
  standardError: number;
  /** Welch–Satterthwaite degrees of freedom (non-integer). */
  df: number;
  /** t_{(1+level)/2, df} · standardError; Infinity if a sample has fewer than 2 values. */
  halfWidth: number;
  lower: number;
  upper: number;
  level: number;
}

/**
 * Confidence interval for the difference of two means from *independent* samples with
 * possibly unequal variances (Welch 1947): the comparison of two scenarios run with different
 * random numbers. With s² = s_a²/n_a + s_b²/n_b,
 *
 *   (x̄_a − x̄_b) ± t_{(1+level)/2, ν} · s,   ν = s⁴ / [ (s_a²/n_a)²/(n_a−1) + (s_b²/n_b)²/(n_b−1) ]
 *
 * If both samples are constant (s = 0) the interval is the point, with ν = n_a + n_b − 2.
 * A sample with one value gives an unbounded interval (halfWidth Infinity), as in
 * `confidenceInterval`. For scenarios run with common random numbers use `pairedDifference`.
 */
export function welchInterval(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): WelchInterval {
  checkLevel(level, 'welchInterval');
  const xs = toFiniteArray(a, 'welchInterval', 'a');
  const ys = toFiniteArray(b, 'welchInterval', 'b');
  const nA = xs.length;
  const nB = ys.length;
  const difference = mean(xs)! - mean(ys)!;
  if (nA < 2 || nB < 2) {
    const halfWidth = Number.POSITIVE_INFINITY;
    return {
      nA,
      nB,
      mean: difference,
      standardError: Number.NaN,
      df: Number.NaN,
      halfWidth,
      lower: -halfWidth,
      upper: halfWidth,
      level,
    };
  }
  const va = variance(xs)! / nA;
  const vb = variance(ys)! / nB;
  const se2 = va + vb;
  const df = se2 > 0 ? (se2 * se2) / ((va * va) / (nA - 1) + (vb * vb) / (nB - 1)) : nA + nB - 2;
  const standardError = Math.sqrt(se2);
  const halfWidth = studentTQuantile((1 + level) / 2, df) * standardError;
  return {
    nA,
    nB,
    mean: difference,
    standardError,
    df,
    halfWidth,
    lower: difference - halfWidth,
    upper: difference + halfWidth,
    level,
  };
}
