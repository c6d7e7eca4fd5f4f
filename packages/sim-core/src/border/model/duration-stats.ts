import { QuantileSketch } from '../../stats/quantile-sketch.js';
import { Tally } from '../../stats/tally.js';

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
 * Durations observed in one replication, in bounded memory: exact count, mean and max (Welford)
 * and percentiles from a 1%-relative-accuracy sketch. Waits are often exactly zero; the sketch
 * counts zeros exactly.
 */
export class DurationStats {
  private readonly tally = new Tally();
  private readonly sketch = new QuantileSketch();

  add(minutes: number): void {
    this.tally.add(minutes);
    this.sketch.add(minutes);
  }

  /** Adds another set of observations (exactly: Tally and sketch merges are lossless). */
  merge(other: DurationStats): void {
    this.tally.merge(other.tally);
    this.sketch.merge(other.sketch);
  }

  get count(): number {
    return this.tally.count;
  }

  summary(): DurationSummary {
    const n = this.tally.count;
    if (n === 0) return { count: 0, mean: null, p50: null, p90: null, p95: null, p99: null, max: null };
    const q = (p: number) => this.sketch.quantile(p);
    return {
      count: n,
      mean: this.tally.mean,
      p50: q(0.5),
      p90: q(0.9),
      p95: q(0.95),
      p99: q(0.99),
      max: this.tally.max,
    };
  }
}
