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
