import type { PrecisionOutcome } from '../analysis/precision-rounds.js';
import { DEFAULT_LEVEL, type Summary, SummaryAccumulator } from './aggregate.js';
import { DailyAggregate } from './daily-aggregate.js';
import type { ReplicationOutput } from './replication.js';

/** What {@link summarizeRun} adds to the replications. */
export interface RunSummaryOptions {
  /** Confidence level of every interval (default 0.95). */
  readonly level?: number;
  /** A run to a target precision: how it reached its replications (recorded as is). */
  readonly precision?: PrecisionOutcome;
}

/**
 * The summary of a run, built one replication at a time: the metrics' statistics with Student-t
 * intervals (see {@link SummaryAccumulator}) and, for border scenarios, the day-by-day bands (see
 * {@link DailyAggregate}). Memory grows with the metrics and the days, never with the
 * replications. Feed outputs in ascending replication order for a bit-identical summary.
 */
export class RunSummaryAccumulator {
  private readonly metrics: SummaryAccumulator;
  private readonly daily = new DailyAggregate();

  constructor(level = DEFAULT_LEVEL) {
    this.metrics = new SummaryAccumulator(level);
  }

  /** Adds one replication's output. */
  add(output: ReplicationOutput): void {
    this.metrics.add(output);
    this.daily.add(output);
  }

  /** The summary of everything added so far, with a precision run's record if given. */
  result(precision?: PrecisionOutcome): Summary {
    const summary = this.metrics.result();
    const daily = this.daily.summary(summary.level);
    if (daily !== null) summary.daily = daily;
    if (precision !== undefined) summary.precision = precision;
    return summary;
  }
}

/**
 * The summary of a run from its replications' outputs, in ascending replication order: exactly
 * the object `landport run --json` prints and `summary.json` holds (write it with
 * `stringifyLossless` or `formatSummary`). It depends only on the outputs, the level and the
 * precision record: the scenario and the seed enter through the outputs.
 */
export function summarizeRun(outputs: Iterable<ReplicationOutput>, options: RunSummaryOptions = {}): Summary {
  const run = new RunSummaryAccumulator(options.level ?? DEFAULT_LEVEL);
  for (const output of outputs) run.add(output);
  return run.result(options.precision);
}
