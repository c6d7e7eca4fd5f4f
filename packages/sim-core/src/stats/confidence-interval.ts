import { deviation, mean } from 'd3-array';
import { studentTQuantile } from './student-t.js';

/** A two-sided confidence interval for a mean. */
export interface ConfidenceInterval {
  /** Number of values (replications). */
  n: number;
  /** Sample mean x̄. */
  mean: number;
  /** Sample standard deviation s (n − 1 divisor); NaN when n < 2. */
  sd: number;
  /** t_{(1+level)/2, n−1} · s/√n; Infinity when n < 2. */
  halfWidth: number;
  /** mean − halfWidth. */
  lower: number;
  /** mean + halfWidth. */
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/**
 * Student-t confidence interval for the mean of independent replications:
 *
 *   x̄ ± t_{(1+level)/2, n−1} · s/√n
 *
 * exact when the replication outputs are normal, and a good approximation for means of long
 * runs (central limit theorem). Replications, not observations within one run: waits inside
 * a run are autocorrelated and would give far too narrow an interval.
 *
 * With a single value the spread is unknown, so the interval is unbounded (halfWidth
 * Infinity, lower −Infinity, upper Infinity, sd NaN) rather than an error, so that a report
 * with one replication still renders. No values, a non-finite value (reported with its index,
 * since d3-array would silently skip NaN) or a level outside (0, 1) throw a RangeError.
 */
export function confidenceInterval(values: ArrayLike<number>, level = 0.95): ConfidenceInterval {
  checkLevel(level, 'confidenceInterval');
  const xs = toFiniteArray(values, 'confidenceInterval', 'values');
  const n = xs.length;
  const m = mean(xs)!;
  if (n < 2) {
    const halfWidth = Number.POSITIVE_INFINITY;
    return { n, mean: m, sd: Number.NaN, halfWidth, lower: -halfWidth, upper: halfWidth, level };
  }
  const sd = deviation(xs)!;
  const halfWidth = (studentTQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return { n, mean: m, sd, halfWidth, lower: m - halfWidth, upper: m + halfWidth, level };
}

/** Throws a RangeError unless 0 < level < 1; shared by the interval functions of this module. */
export function checkLevel(level: number, fn: string): void {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(`${fn}: level must be in (0, 1), got ${level}`);
  }
}

/**
 * Copies `values` into an array, throwing a RangeError if it is empty or holds a non-finite
 * value (d3-array would silently skip NaN, hiding a broken replication); shared by the
 * interval functions of this module.
 */
export function toFiniteArray(values: ArrayLike<number>, fn: string, name: string): number[] {
  if (values.length === 0) throw new RangeError(`${fn}: ${name} must not be empty`);
  const xs = Array.from(values);
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i])) {
      throw new RangeError(`${fn}: ${name}[${i}] must be a finite number, got ${xs[i]}`);
    }
  }
  return xs;
}
