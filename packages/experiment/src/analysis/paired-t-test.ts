import { studentTCdf, studentTQuantile } from '@landport/sim-core';

/** The paired Student-t analysis of differences d_r = a_r − b_r over n common-random-number pairs. */
export interface PairedTest {
  n: number;
  /** Mean difference, in the metric's unit. */
  difference: number;
  /** Standard deviation of the differences. */
  sd: number;
  /** Two-sided p-value of "mean difference = 0", from t = d̄/(s/√n) on n − 1 degrees of freedom. */
  p: number;
}

/**
 * The paired t test (Law & Kelton §10.2.1, the paired-t confidence interval, read as a test). With
 * sd = 0 every pair differs by the same amount: p = 1 if that is 0, else 0. NaN for n < 2.
 */
export function pairedTTest(differences: readonly number[]): PairedTest {
  const n = differences.length;
  let sum = 0;
  for (const d of differences) sum += d;
  const mean = sum / n;
  let squares = 0;
  for (const d of differences) squares += (d - mean) * (d - mean);
  const sd = Math.sqrt(squares / (n - 1));
  if (n < 2) return { n, difference: n === 1 ? mean : Number.NaN, sd: Number.NaN, p: Number.NaN };
  if (sd === 0) return { n, difference: mean, sd, p: mean === 0 ? 1 : 0 };
  const t = Math.abs(mean) / (sd / Math.sqrt(n));
  // 2·F(−t) rather than 2·(1 − F(t)): keeps small p-values from cancelling to 0.
  return { n, difference: mean, sd, p: Math.min(1, 2 * studentTCdf(-t, n - 1)) };
}

/** Half-width t_{(1+level)/2, n−1}·sd/√n of the paired interval at `level`. */
export function pairedHalfWidth(test: PairedTest, level: number): number {
  if (!(test.n >= 2)) return Number.POSITIVE_INFINITY;
  return (studentTQuantile((1 + level) / 2, test.n - 1) * test.sd) / Math.sqrt(test.n);
}
