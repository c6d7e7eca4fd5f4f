import { Tally } from '@landport/sim-core';
import { type MetricSummary, summarizeTally } from '../batch/aggregate.js';

/**
 * The summary of a metric the run did not record but a chart derives per replication (the cars
 * a calibration target counts, a cost component per vehicle), with the same statistics and
 * Student-t interval as summary.json: non-finite values are missing, not zero.
 */
export function summarizeDerived(values: readonly number[], level: number): MetricSummary {
  const tally = new Tally();
  for (const x of values) if (Number.isFinite(x)) tally.add(x);
  return summarizeTally(tally, values.length, level);
}

/** A metric a chart derives from each replication's recorded metrics. */
export interface DerivedMetric {
  /** A name for the charts to find it by (not a metric of summary.json). */
  readonly name: string;
  /** Its value in one replication, from that replication's metrics; non-finite when missing. */
  valueOf(metrics: Readonly<Record<string, number>>): number;
}

/**
 * Derived metrics tallied as the replications stream by, so that a chart's interval of a derived
 * metric costs a tally, not a value per replication. The summaries equal {@link summarizeDerived}
 * of the values in replication order (the tally adds them in that order, as it would there).
 */
export class DerivedTallies {
  private readonly tallies: Tally[];
  private count = 0;

  constructor(private readonly metrics: readonly DerivedMetric[]) {
    this.tallies = metrics.map(() => new Tally());
  }

  add(metrics: Readonly<Record<string, number>>): void {
    this.count++;
    for (let k = 0; k < this.metrics.length; k++) {
      const x = this.metrics[k]!.valueOf(metrics);
      if (Number.isFinite(x)) this.tallies[k]!.add(x);
    }
  }

  /** Per derived metric, its summary over the replications added, at confidence `level`. */
  summaries(level: number): Map<string, MetricSummary> {
    return new Map(this.metrics.map((m, k) => [m.name, summarizeTally(this.tallies[k]!, this.count, level)]));
  }
}
