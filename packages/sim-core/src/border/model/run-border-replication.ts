import type { Scenario } from '../scenario/types.js';
import { BorderModel, type BorderRunOptions } from './border-model.js';
import type { BorderReplicationResult } from './replication-result.js';
import { replicationSummary } from './replication-summary.js';
import { scheduleShocks } from './shock-timeline.js';

/**
 * Runs replication `options.replication` of a validated scenario with `options.seed` and returns
 * its figures. The unit of every batch: its result depends only on (scenario, seed, replication),
 * so replications can run on any thread or machine in any order.
 */
export function runBorderReplication(scenario: Scenario, options: BorderRunOptions): BorderReplicationResult {
  const model = new BorderModel(scenario, options);
  scheduleShocks(model, scenario.shocks);
  model.sim.run({ until: model.horizon });
  return replicationSummary(model, options.seed, options.replication);
}
