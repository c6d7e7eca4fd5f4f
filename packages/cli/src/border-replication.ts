/**
 * The model module the batch machinery runs on worker threads for border scenarios: plain data in
 * (a validated scenario, a seed, a replication index), plain data out.
 */
import { runBorderReplication, type Scenario } from '@landport/sim-core/border';
import type { ReplicationOutput, ReplicationTask } from './batch/replication.js';
import { borderMetrics } from './border-metrics.js';
import { dailyDetail } from './daily-detail.js';
import { dailyGroups, dailyMetrics } from './daily-metrics.js';
import { roundSeries } from './series-resolution.js';

export function runReplication(task: ReplicationTask): ReplicationOutput {
  const scenario = task.scenario as Scenario;
  const result = runBorderReplication(scenario, {
    seed: task.seed,
    replication: task.replication,
  });
  const { interval, start, inSystem, waiting } = result.series;
  const series = [
    { name: 'inSystem', start: start / 60, interval: interval / 60, values: roundSeries(inSystem) },
  ];
  for (const [id, values] of Object.entries(waiting)) {
    series.push({
      name: `station.${id}.waiting`,
      start: start / 60,
      interval: interval / 60,
      values: roundSeries(values),
    });
  }
  const directionOf = Object.fromEntries(scenario.classes.map((c) => [c.id, c.direction]));
  const groups = dailyGroups(result.daily, directionOf);
  return {
    replication: task.replication,
    metrics: { ...borderMetrics(result), ...dailyMetrics(groups, scenario.daily.threshold) },
    series,
    detail: { daily: dailyDetail(result.daily, groups) },
  };
}

/** Where this module is, for worker threads: the TypeScript source under tests, JavaScript when built. */
export const BORDER_MODEL_URL = new URL(
  import.meta.url.endsWith('.ts') ? './border-replication.ts' : './border-replication.js',
  import.meta.url,
);
