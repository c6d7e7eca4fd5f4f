import { QuantileSketch } from '../../stats/quantile-sketch.js';

/** A summary of durations (minutes). Null fields mean there was no observation. */
export interface DurationSummary {
  readonly count: number;
  readonly mean: number | null;
  readonly p50: number | null;
  readonly p90: number | null;
  readonly p95: number | null;
  readonly p99: number | null;
  readonly max: number | null;
}

/**
 * Durations observed in one replication, in bounded memory: exact count, mean (Welford's update,
 * as `Tally` computes it) and max, and percentiles from a 1%-relative-accuracy sketch. Waits are
 * often exactly zero; the sketch counts zeros exactly.
 *
 * The count, min and max are the sketch's own (it keeps them exactly); only the mean is kept
 * here, with the very operations of `Tally.add` and `Tally.merge`, so the figures are those a
 * Tally gave, without its sum, variance and minimum, which no summary reads.
 */
export class DurationStats {
  private readonly sketch = new QuantileSketch();
  private mean = 0;

  /** Records one duration; a RangeError (the sketch's) unless it is finite and >= 0. */
  add(minutes: number): void {
    this.sketch.add(minutes);
    this.mean += (minutes - this.mean) / this.sketch.count;
  }

  /** Adds another set of observations (the sketch's merge is lossless; the mean is Chan et al.'s, as Tally's). */
  merge(other: DurationStats): void {
    const nb = other.sketch.count;
    if (nb > 0) {
      const n = this.sketch.count + nb;
      this.mean += ((other.mean - this.mean) * nb) / n;
    }
    this.sketch.merge(other.sketch);
  }

  get count(): number {
    return this.sketch.count;
  }

  summary(): DurationSummary {
    const n = this.sketch.count;
    if (n === 0) return { count: 0, mean: null, p50: null, p90: null, p95: null, p99: null, max: null };
    const q = (p: number) => this.sketch.quantile(p);
    return {
      count: n,
      mean: this.mean,
      p50: q(0.5),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      max: this.sketch.max,
    };
  }
}
