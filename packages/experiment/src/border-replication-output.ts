import { type BorderReplicationResult, runBorderReplication, type Scenario } from '@landport/sim-core/border';
import type { ReplicationOutput, ReplicationTask } from './batch/replication.js';
import { borderMetrics } from './border-metrics.js';
import { dailyDetail } from './daily-detail.js';
import { dailyGroups, dailyMetrics } from './daily-metrics.js';
import { roundSeries } from './series-resolution.js';

/**
 * A border replication's result as the experiment layer's plain output: flat metrics (see
 * `borderMetrics` and `dailyMetrics`; their units from `metricUnit`), the hourly series in hours
 * since the start, rounded at the source (see `roundSeries`), and the day-by-day detail.
 */
export function borderReplicationOutput(
  scenario: Scenario,
  result: BorderReplicationResult,
  replication: number,
): ReplicationOutput {
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
    replication,
    metrics: { ...borderMetrics(result), ...dailyMetrics(groups, scenario.daily.threshold) },
    series,
    detail: { daily: dailyDetail(result.daily, groups) },
  };
}

/**
 * Runs replication `task.replication` of a validated border scenario with master seed `task.seed`
 * and returns its output: the unit of work the CLI's worker threads and a browser's Web Workers
 * both run. Plain data in, plain data out; the output depends only on the task.
 */
export function runBorderReplicationTask(task: ReplicationTask): ReplicationOutput {
  const scenario = task.scenario as Scenario;
  const result = runBorderReplication(scenario, { seed: task.seed, replication: task.replication });
  return borderReplicationOutput(scenario, result, task.replication);
}
