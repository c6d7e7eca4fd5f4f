import { studentTQuantile, Tally } from '@landport/sim-core';
import type { PrecisionOutcome } from '../analysis/precision-rounds.js';
import { compareCodeUnits } from './code-unit-order.js';
import type { DailySummary } from './daily-aggregate.js';
import type { ReplicationOutput } from './replication.js';

/** Version of the {@link Summary} format; bumped on any incompatible change. */
export const SUMMARY_SCHEMA_VERSION = 1;

/** Confidence level of the intervals in a summary. */
export const DEFAULT_LEVEL = 0.95;

/** Statistics of one metric over the replications of a run. */
export interface MetricSummary {
  /** Replications with a finite value of the metric: the sample size of every statistic below. */
  n: number;
  /** Replications where the metric was absent, NaN or ±Infinity (e.g. a p95 wait of a station nobody used). */
  missing: number;
  /** Sample mean; NaN when n = 0. */
  mean: number;
  /** Sample standard deviation (n − 1 divisor); NaN when n < 2. */
  sd: number;
  /** Student-t half-width t_{(1+level)/2, n−1}·sd/√n; Infinity when n < 2, NaN when n = 0. */
  halfWidth: number;
  /** mean − halfWidth. */
  lower: number;
  /** mean + halfWidth. */
  upper: number;
  /** Smallest value; NaN when n = 0. */
  min: number;
  /** Largest value; NaN when n = 0. */
  max: number;
}

/** The summary of a run: plain data, written as `summary.json`. */
export interface Summary {
  /** {@link SUMMARY_SCHEMA_VERSION}. */
  schemaVersion: number;
  /** Number of replications summarised. */
  replications: number;
  /** Confidence level of every interval, e.g. 0.95. */
  level: number;
  /** Per metric, keyed by name in code-unit order. */
  metrics: Record<string, MetricSummary>;
  /** Day by day across replications, when the model reports daily results (border scenarios). */
  daily?: DailySummary;
  /** How a run to a target precision (`run --precision`) reached its replications, and why it stopped. */
  precision?: PrecisionOutcome;
}

/**
 * Streaming summary of replication outputs: one {@link Tally} per metric, so memory grows with
 * the number of metrics, never with the number of replications.
 *
 * Order matters to the last bit: Welford's update, like any floating-point sum, depends on the
 * order of its terms. Feed outputs in ascending replication order (as `OrderedResults` reads
 * them) and the summary is byte-identical whatever order the replications finished in. (The
 * alternative, exact order-independent summation with big integers, would cost far more per value
 * for no gain once the order is fixed.)
 *
 * Non-finite values are not observations: a metric that is NaN in some replications (a quantile of
 * an empty sample) is summarised over the others, and `missing` says how many were left out.
 */
export class SummaryAccumulator {
  /** Confidence level of the intervals. */
  readonly level: number;
  private readonly tallies = new Map<string, Tally>();
  private count = 0;

  /** @param level confidence level in (0, 1), default 0.95. */
  constructor(level = DEFAULT_LEVEL) {
    if (!(level > 0 && level < 1)) throw new RangeError(`level must be in (0, 1), got ${level}`);
    this.level = level;
  }

  /** Adds one replication's metrics. */
  add(output: ReplicationOutput): void {
    this.count++;
    for (const [name, x] of Object.entries(output.metrics)) {
      let tally = this.tallies.get(name);
      if (tally === undefined) {
        tally = new Tally();
        this.tallies.set(name, tally);
      }
      if (Number.isFinite(x)) tally.add(x);
    }
  }

  /** The summary of everything added so far. */
  result(): Summary {
    const metrics: Record<string, MetricSummary> = {};
    for (const name of [...this.tallies.keys()].sort(compareCodeUnits)) {
      metrics[name] = summarizeTally(this.tallies.get(name)!, this.count, this.level);
    }
    return { schemaVersion: SUMMARY_SCHEMA_VERSION, replications: this.count, level: this.level, metrics };
  }
}

/** Summarises `outputs` (in replication order, see {@link SummaryAccumulator}). */
export function summarize(outputs: Iterable<ReplicationOutput>, level = DEFAULT_LEVEL): Summary {
  const accumulator = new SummaryAccumulator(level);
  for (const output of outputs) accumulator.add(output);
  return accumulator.result();
}

/**
 * The statistics of `tally` over `replications` replications, with the Student-t interval
 * x̄ ± t_{(1+level)/2, n−1}·s/√n of sim-core's `confidenceInterval`, evaluated here from the
 * streaming mean and deviation (that function takes the values as an array).
 */
export function summarizeTally(tally: Tally, replications: number, level: number): MetricSummary {
  const n = tally.count;
  const mean = tally.mean;
  const sd = tally.stdDev;
  const halfWidth =
    n === 0
      ? Number.NaN
      : n < 2
        ? Number.POSITIVE_INFINITY
        : (studentTQuantile((1 + level) / 2, n - 1) * sd) / Math.sqrt(n);
  return {
    n,
    missing: replications - n,
    mean,
    sd,
    halfWidth,
    lower: mean - halfWidth,
    upper: mean + halfWidth,
    min: tally.min,
    max: tally.max,
  };
}
