import { studentTQuantile } from '@landport/sim-core';

/*
 * Ranking and selection on common random numbers: a one-stage, Bonferroni-based procedure on
 * paired differences, the single-stage form of the two-stage procedure of Clark & Yang (1986) and
 * Nelson & Matejcik (1995, "Using common random numbers for indifference-zone selection and
 * multiple comparisons in simulation", Management Science 41), with the subset screening of
 * Nelson, Swann, Goldsman & Song (2001, Operations Research 49).
 *
 * With k variants, n replications each on common random numbers, and t = t_{1−(1−P*)/(k−1), n−1}:
 * for every pair i, j the half-width w_ij = t·S_ij/√n, S_ij the standard deviation of the paired
 * differences. Then, for normally distributed outputs:
 * - Subset: variant i is kept unless some j beats it by more than w_ij. The subset holds the truly
 *   best variant with probability ≥ P*, whatever the means (Nelson et al. 2001).
 * - Selection: the sample best b. When every w_bj ≤ δ (the indifference zone), b is *declared*
 *   best. If the truly best variant beats every other by at least δ, the probability of declaring a
 *   wrong variant is at most 1 − P*: a wrong declaration needs some paired t statistic of the best
 *   against another variant beyond t, each of probability (1 − P*)/(k − 1) (Bonferroni).
 *   Otherwise nothing is declared, and the replications that would likely make every w_bj ≤ δ are
 *   estimated as in Nelson & Matejcik's second stage, ⌈(t·max_j S_bj/δ)²⌉.
 * Bonferroni makes both conservative, increasingly so as k grows.
 */

/** Whether smaller or larger is better. */
export type SelectDirection = 'min' | 'max';

/** The summary of {@link selectBest}. */
export interface Selection {
  metric: string;
  direction: SelectDirection;
  /** P*, the probability of correct selection asked for. */
  pStar: number;
  /** δ, the indifference zone in the metric's unit, or null when none was given. */
  delta: number | null;
  replications: number;
  /** The variant with the best sample mean. */
  best: number;
  /** Sample means per variant, in the metric's unit. */
  means: number[];
  /** Variants that may be the best, with probability ≥ P* of holding it. */
  subset: number[];
  /** Largest w_bj over the other variants j, in the metric's unit. */
  largestHalfWidth: number;
  /** Whether `best` is declared best at (δ, P*): every w_bj ≤ δ. False without δ. */
  declared: boolean;
  /** Replications estimated to reach every w_bj ≤ δ (null without δ). */
  replicationsForDelta: number | null;
  /** The procedure's name, as shown to people. */
  procedure: string;
}

/** The selection procedure, with its references, as the comparison reports name it. */
export const SELECTION_PROCEDURE =
  'one-stage Bonferroni selection on paired differences (Clark & Yang 1986; Nelson & Matejcik 1995) with subset screening (Nelson et al. 2001)';

/**
 * Selects the best of k ≥ 2 variants from `values[i][r]`, variant i's value in replication r (the
 * same r across variants: common random numbers). Every replication must be finite in every
 * variant; at least two replications.
 */
export function selectBest(
  metric: string,
  values: readonly (readonly number[])[],
  direction: SelectDirection,
  pStar: number,
  delta: number | null,
): Selection {
  const k = values.length;
  const n = values[0]?.length ?? 0;
  if (k < 2 || n < 2 || values.some((v) => v.length !== n)) {
    throw new RangeError(
      'selectBest: needs at least two variants with the same number (≥ 2) of replications',
    );
  }
  const t = studentTQuantile(1 - (1 - pStar) / (k - 1), n - 1);
  const means = values.map((v) => v.reduce((a, b) => a + b, 0) / n);
  const better = (x: number, y: number) => (direction === 'min' ? x < y : x > y);
  let best = 0;
  for (let i = 1; i < k; i++) if (better(means[i]!, means[best]!)) best = i;
  const w = (i: number, j: number) => (t * pairedSd(values[i]!, values[j]!)) / Math.sqrt(n);
  const subset: number[] = [];
  for (let i = 0; i < k; i++) {
    let kept = true;
    for (let j = 0; j < k && kept; j++) {
      if (j === i) continue;
      // j beats i by more than w_ij: for min, mean_i > mean_j + w_ij.
      const gap = direction === 'min' ? means[i]! - means[j]! : means[j]! - means[i]!;
      if (gap > w(i, j)) kept = false;
    }
    if (kept) subset.push(i);
  }
  let largestHalfWidth = 0;
  for (let j = 0; j < k; j++) if (j !== best) largestHalfWidth = Math.max(largestHalfWidth, w(best, j));
  const declared = delta !== null && largestHalfWidth <= delta;
  const replicationsForDelta =
    delta === null ? null : Math.max(n, Math.ceil(n * (largestHalfWidth / delta) ** 2));
  return {
    metric,
    direction,
    pStar,
    delta,
    replications: n,
    best,
    means,
    subset,
    largestHalfWidth,
    declared,
    replicationsForDelta,
    procedure: SELECTION_PROCEDURE,
  };
}

/** Standard deviation of the paired differences a_r − b_r (two-pass). */
function pairedSd(a: readonly number[], b: readonly number[]): number {
  const n = a.length;
  let sum = 0;
  for (let r = 0; r < n; r++) sum += a[r]! - b[r]!;
  const mean = sum / n;
  let squares = 0;
  for (let r = 0; r < n; r++) squares += (a[r]! - b[r]! - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}
