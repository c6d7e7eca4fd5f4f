import type { Distribution } from './distribution.js';
import { MAX_SCALE, stateBound } from './float-limits.js';
import { rejectParameter, requireArray } from './parameter-validation.js';
import type { RandomStream } from './stream.js';

/**
 * Discrete empirical distribution: `values[i]` with probability weights[i] / Σ weights (equal
 * weights when omitted). Typical use: observed batch sizes, vehicle categories, routing choices.
 *
 * Sampling is inversion of the cumulative distribution (the first i with F_i > u), sped up by a
 * guide table (H. C. Chen and Y. Asau, 1974; Devroye 1986, §III.2.4): n buckets, bucket j starting
 * the search at the first i with F_i > j/n, so the expected number of comparisons is below 2 and the
 * cost is O(1) expected with one uniform per variate. Preferred to Walker/Vose aliasing, which is
 * also O(1), because inversion is monotone in u: under common random numbers a scenario that shifts
 * a little weight moves only the few draws near the changed boundaries, whereas the alias table
 * reshuffles which u maps to which value. Outcomes are sorted by value first (ties keep their
 * order), so the sample is non-decreasing in u and does not depend on the order values are listed.
 */
export class Empirical implements Distribution {
  readonly mean: number;
  readonly variance: number;
  private readonly outcomes: Float64Array;
  private readonly cumulative: Float64Array;
  private readonly guide: Int32Array;

  /**
   * @param values the possible outcomes, finite and within 1e154 of each other, at least one (repeats allowed).
   * @param weights optional relative weights, one per value, finite and >= 0, with a positive sum.
   */
  constructor(values: readonly number[], weights?: readonly number[]) {
    requireArray('Empirical', 'values', values);
    if (weights !== undefined) requireArray('Empirical', 'weights', weights);
    const n = values.length;
    if (n === 0) rejectParameter('Empirical', 'values', 'a non-empty array', values, '[]');
    // Indexed loops rather than forEach, which skips the holes of a sparse array.
    for (let i = 0; i < n; i++) {
      if (!Number.isFinite(values[i]))
        rejectParameter('Empirical', ['values', i], 'a finite number', values[i]);
    }
    let smallest = values[0]!;
    let largest = values[0]!;
    for (const v of values) {
      smallest = Math.min(smallest, v);
      largest = Math.max(largest, v);
    }
    if (!(largest - smallest <= MAX_SCALE)) {
      rejectParameter(
        'Empirical',
        'values',
        `values within ${stateBound(MAX_SCALE)} of each other (a wider spread makes the variance overflow double precision)`,
        values,
        `values from ${smallest} to ${largest}`,
      );
    }
    if (weights !== undefined) {
      if (weights.length !== n) {
        rejectParameter(
          'Empirical',
          'weights',
          `an array of ${n} entries (one per value)`,
          weights,
          `${weights.length} entries`,
        );
      }
      for (let i = 0; i < n; i++) {
        const w = weights[i]!;
        if (!(Number.isFinite(w) && w >= 0))
          rejectParameter('Empirical', ['weights', i], 'a finite number >= 0', w);
      }
    }
    const weightOf = (i: number): number => (weights === undefined ? 1 : weights[i]!);
    let total = 0;
    for (let i = 0; i < n; i++) total += weightOf(i);
    if (!(total > 0 && Number.isFinite(total))) {
      rejectParameter('Empirical', 'weights', 'weights with a finite, positive sum', total);
    }

    const order = Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b);
    this.outcomes = Float64Array.from(order, (i) => values[i]!);
    this.cumulative = new Float64Array(n);
    let lastPositive = 0;
    let running = 0;
    let mean = 0;
    order.forEach((original, i) => {
      const p = weightOf(original) / total;
      if (p > 0) lastPositive = i;
      running += p;
      this.cumulative[i] = running;
      mean += p * values[original]!;
    });
    // Rounding may leave the running sum a hair below 1; pinning it to exactly 1 from the last value
    // with positive weight on guarantees the search stops there, since u < 1 always.
    this.cumulative.fill(1, lastPositive);
    // Values near ±Number.MAX_VALUE can overflow the plain sum; offsets from the smallest cannot.
    if (!Number.isFinite(mean)) {
      const smallest = this.outcomes[0]!;
      mean = smallest;
      order.forEach((original) => {
        mean += (weightOf(original) / total) * (values[original]! - smallest);
      });
    }
    let variance = 0;
    for (let i = 0; i < n; i++) variance += (weightOf(i) / total) * (values[i]! - mean) ** 2;
    this.mean = mean;
    this.variance = variance;

    this.guide = new Int32Array(n);
    let i = 0;
    for (let j = 0; j < n; j++) {
      while (this.cumulative[i]! <= j / n) i++;
      this.guide[j] = i;
    }
  }

  sample(rng: RandomStream): number {
    const u = rng.random();
    const cumulative = this.cumulative;
    let i = this.guide[(u * cumulative.length) | 0]!;
    while (cumulative[i]! <= u) i++;
    return this.outcomes[i]!;
  }
}
