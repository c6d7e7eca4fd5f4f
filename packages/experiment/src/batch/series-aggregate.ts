import { studentTQuantile } from '@landport/sim-core';
import type { ReplicationSeries } from './replication.js';

/** Statistics of one time point of a series across replications (see {@link SeriesAggregate}). */
export interface SeriesPoint {
  /** Position k of the point; its time is start + k·interval. */
  index: number;
  /** start + index·interval. */
  time: number;
  /** Replications with a finite value at this point. */
  n: number;
  /** Mean across replications; NaN when n = 0. */
  mean: number;
  /** Standard deviation across replications; NaN when n < 2. */
  sd: number;
  /** mean − t·sd/√n: lower end of the 95% (or `level`) confidence band of the mean. */
  lower: number;
  /** mean + t·sd/√n. */
  upper: number;
  /** Smallest value; NaN when n = 0. */
  min: number;
  /** Largest value; NaN when n = 0. */
  max: number;
}

/**
 * One named time series averaged across replications, point by point, with a Student-t
 * confidence band of the mean at each time point.
 *
 * Each point keeps Welford's running (count, mean, M₂, min, max), the update sim-core's `Tally`
 * uses, but stored column-wise in growable Float64Arrays: a year of hourly points for dozens of
 * series is hundreds of thousands of points, where a `Tally` object per point would cost ~3×
 * the memory and an allocation each. Memory grows with the series' length, never with the
 * number of replications. As with every aggregate here, feed replications in ascending order
 * for bit-identical results.
 */
export class SeriesAggregate {
  /** The series' name. */
  readonly name: string;
  /** Time of the first point, identical in every replication. */
  readonly start: number;
  /** Spacing of the points, identical in every replication. */
  readonly interval: number;
  private length = 0;
  private count = new Float64Array(64);
  private mean = new Float64Array(64);
  private m2 = new Float64Array(64);
  private min = new Float64Array(64);
  private max = new Float64Array(64);
  /**
   * The last Student-t quantile computed, for (level, n): every point of a series usually has the
   * same n, and a series of a year of hours has thousands of points, so this saves thousands of
   * quantile computations of ~10–40 µs each when the outputs are written (the same value results).
   */
  private tLevel = Number.NaN;
  private tCount = 0;
  private t = Number.NaN;

  /** An empty aggregate for the series of `first`'s name, start and interval. */
  constructor(first: ReplicationSeries) {
    this.name = first.name;
    this.start = first.start;
    this.interval = first.interval;
  }

  /** Adds one replication's values; throws a RangeError if its start or interval differ. */
  add(series: ReplicationSeries, replication: number): void {
    if (series.start !== this.start || series.interval !== this.interval) {
      throw new RangeError(
        `series ${JSON.stringify(this.name)} has start ${series.start}, interval ${series.interval} in ` +
          `replication ${replication} but start ${this.start}, interval ${this.interval} before: ` +
          'every replication must sample a series on the same time grid',
      );
    }
    const values = series.values;
    this.grow(values.length);
    const { count, mean, m2, min, max } = this;
    for (let k = 0; k < values.length; k++) {
      const x = values[k]!;
      if (!Number.isFinite(x)) continue;
      const n = count[k]! + 1;
      const delta = x - mean[k]!;
      const updated = mean[k]! + delta / n;
      count[k] = n;
      mean[k] = updated;
      m2[k] = m2[k]! + delta * (x - updated);
      if (n === 1 || x < min[k]!) min[k] = x;
      if (n === 1 || x > max[k]!) max[k] = x;
    }
  }

  /** Number of time points (the longest series added). */
  get points(): number {
    return this.length;
  }

  /** The statistics of point `index` at confidence `level`. */
  point(index: number, level: number): SeriesPoint {
    const n = this.count[index] ?? 0;
    const empty = n === 0;
    const mean = empty ? Number.NaN : this.mean[index]!;
    const sd = n < 2 ? Number.NaN : Math.sqrt(this.m2[index]! / (n - 1));
    const halfWidth = empty
      ? Number.NaN
      : n < 2
        ? Number.POSITIVE_INFINITY
        : (this.studentT(level, n) * sd) / Math.sqrt(n);
    return {
      index,
      time: this.start + index * this.interval,
      n,
      mean,
      sd,
      lower: mean - halfWidth,
      upper: mean + halfWidth,
      min: empty ? Number.NaN : this.min[index]!,
      max: empty ? Number.NaN : this.max[index]!,
    };
  }

  /** `studentTQuantile((1 + level) / 2, n - 1)`, remembered for the last (level, n). */
  private studentT(level: number, n: number): number {
    if (level !== this.tLevel || n !== this.tCount) {
      this.t = studentTQuantile((1 + level) / 2, n - 1);
      this.tLevel = level;
      this.tCount = n;
    }
    return this.t;
  }

  private grow(length: number): void {
    if (length <= this.length) return;
    if (length > this.count.length) {
      let capacity = this.count.length;
      while (capacity < length) capacity *= 2;
      const widen = (a: Float64Array) => {
        const b = new Float64Array(capacity);
        b.set(a);
        return b;
      };
      this.count = widen(this.count);
      this.mean = widen(this.mean);
      this.m2 = widen(this.m2);
      this.min = widen(this.min);
      this.max = widen(this.max);
    }
    this.length = length;
  }
}
