import { mean, variance } from 'd3-array';
import {
  type ConfidenceInterval,
  checkLevel,
  confidenceInterval,
  toFiniteArray,
} from './confidence-interval.js';
import { welchInterval } from './welch.js';

/** Result of {@link pairedDifference}: a CI for mean(a − b) plus what the pairing bought. */
export interface PairedDifference extends ConfidenceInterval {
  /**
   * Var(a − b) / (Var(a) + Var(b)): the paired variance of the mean difference over the
   * variance it would have if the two scenarios were independent. ≈ 1 without common random
   * numbers, < 1 when they induce positive correlation (0.2 means a 5× smaller variance, i.e.
   * the same precision from 5× fewer replications). NaN when n < 2 or both samples are constant.
   */
  varianceRatio: number;
  /** Pearson correlation of a and b across replications; NaN when n < 2 or a sample is constant. */
  correlation: number;
  /** Half-width of the Welch (unpaired) interval on the same data, for comparison with `halfWidth`. */
  unpairedHalfWidth: number;
}

/**
 * Confidence interval for the mean difference of two scenarios run with common random numbers
 * (CRN): replication i of both uses the same seeds, so aᵢ and bᵢ are paired. With dᵢ = aᵢ − bᵢ
 * the interval is the Student-t interval of the dᵢ, d̄ ± t_{(1+level)/2, n−1}·s_d/√n, valid
 * however strongly aᵢ and bᵢ are correlated. Since
 *
 *   Var(a − b) = Var(a) + Var(b) − 2·Cov(a, b)
 *
 * the positive covariance that CRN induces (both scenarios see the same arrivals) shrinks the
 * interval; `varianceRatio` and `unpairedHalfWidth` show by how much.
 *
 * Throws a RangeError when a and b differ in length (the pairing would be meaningless), are
 * empty, hold a non-finite value, or level is outside (0, 1). With n = 1 the interval is
 * unbounded, as in `confidenceInterval`.
 */
export function pairedDifference(a: ArrayLike<number>, b: ArrayLike<number>, level = 0.95): PairedDifference {
  checkLevel(level, 'pairedDifference');
  if (a.length !== b.length) {
    throw new RangeError(
      `pairedDifference: a and b must have equal lengths (one value per replication), got ${a.length} and ${b.length}`,
    );
  }
  const xs = toFiniteArray(a, 'pairedDifference', 'a');
  const ys = toFiniteArray(b, 'pairedDifference', 'b');
  const n = xs.length;
  const differences = xs.map((x, i) => x - ys[i]!);
  const interval = confidenceInterval(differences, level);
  const unpairedHalfWidth = welchInterval(xs, ys, level).halfWidth;
  if (n < 2) {
    return { ...interval, varianceRatio: Number.NaN, correlation: Number.NaN, unpairedHalfWidth };
  }
  const va = variance(xs)!;
  const vb = variance(ys)!;
  const ma = mean(xs)!;
  const mb = mean(ys)!;
  let covariance = 0;
  for (let i = 0; i < n; i++) covariance += (xs[i]! - ma) * (ys[i]! - mb);
  covariance /= n - 1;
  const spread = va + vb;
  return {
    ...interval,
    varianceRatio: spread > 0 ? (interval.sd * interval.sd) / spread : Number.NaN,
    correlation: va > 0 && vb > 0 ? covariance / Math.sqrt(va * vb) : Number.NaN,
    unpairedHalfWidth,
  };
}
