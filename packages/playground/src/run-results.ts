import {
  borderOutputUnits,
  type Chart,
  compareCodeUnits,
  costChart,
  dailyClearancesChart,
  dailyQueueChart,
  hourlyQueueChart,
  inPortChart,
  MANIFEST_SCHEMA_VERSION,
  type Manifest,
  queueChart,
  type ReplicationOutput,
  type RunCalibration,
  replicationsCsvHeader,
  replicationsCsvRow,
  runData,
  SCENARIO_RECORD_SCHEMA_VERSION,
  type Summary,
  summarizeRun,
  throughputChart,
  utilisationByHourChart,
  waitDistributionChart,
} from '@landport/experiment';
import type { Scenario } from '@landport/sim-core/border';

/** A run as the page holds it: what ran, and the outputs so far (index = replication; a hole: not finished). */
export interface PageRun {
  /** The built-in scenario's name, or `pasted`. */
  readonly name: string;
  readonly scenario: Scenario;
  /** The scenario file's `sources` map, for the scenario record the charts read; may be empty. */
  readonly sources: Record<string, string>;
  readonly seed: number | string;
  readonly overrides: readonly string[];
  readonly outputs: readonly (ReplicationOutput | undefined)[];
}

/** The finished outputs in ascending replication order: the order every aggregate needs to be bit-identical. */
export function finishedOutputs(run: PageRun): ReplicationOutput[] {
  return run.outputs.filter((o): o is ReplicationOutput => o !== undefined);
}

/** The summary of the finished replications: once all have finished, exactly `landport run --json`'s object. */
export function runSummary(run: PageRun): Summary {
  return summarizeRun(finishedOutputs(run));
}

/** Every metric of the outputs, in code-unit order (the columns of replications.csv). */
export function metricNames(outputs: readonly ReplicationOutput[]): string[] {
  const names = new Set<string>();
  for (const output of outputs) for (const name of Object.keys(output.metrics)) names.add(name);
  return [...names].sort(compareCodeUnits);
}

/**
 * The text of the CLI's `replications.csv` for these outputs: a header `replication,<metric>
 * (<unit>),…` and a row per replication, numbers in their exact round-trip form, an absent metric
 * empty.
 */
export function replicationsCsv(run: PageRun): string {
  const outputs = finishedOutputs(run);
  const names = metricNames(outputs);
  let text = replicationsCsvHeader(names, borderOutputUnits(run.scenario.costs.currency));
  for (const output of outputs) text += replicationsCsvRow(output, names);
  return text;
}

/** The manifest the charts read, as the CLI would write it for this run (no hash: nothing is on disk). */
export function pageManifest(run: PageRun): Manifest {
  return {
    schemaVersion: MANIFEST_SCHEMA_VERSION,
    landportVersion: 'playground',
    scenario: { name: run.name, sha256: '' },
    seed: run.seed,
    replications: run.outputs.length,
    shard: null,
    overrides: [...run.overrides],
  };
}

/** The charts of a run's report, in report order, and a note for each that has nothing to draw. */
export interface RunCharts {
  readonly charts: readonly Chart[];
  readonly notes: readonly string[];
}

const RUN_CHARTS = [
  ['waits', waitDistributionChart],
  ['vehicles in the port', inPortChart],
  ['queues over time', queueChart],
  ['throughput', throughputChart],
  ['cars cleared per day', dailyClearancesChart],
  ['vehicles waiting per day', dailyQueueChart],
  ['lane utilisation by hour of day', utilisationByHourChart],
  ['load by hour of day', hourlyQueueChart],
  ['costs', costChart],
] as const;

/**
 * The charts `landport report` draws for a run, from the finished outputs (the same chart builders
 * over the same data, so the same specs), with the shipped scenario's calibration target when it
 * has one.
 */
export function runCharts(run: PageRun, calibration: RunCalibration | null): RunCharts {
  const outputs = finishedOutputs(run);
  const data = runData({
    folder: '',
    manifest: pageManifest(run),
    summary: summarizeRun(outputs),
    scenario: {
      schemaVersion: SCENARIO_RECORD_SCHEMA_VERSION,
      name: run.name,
      scenario: run.scenario,
      sources: run.sources,
    },
    metricNames: metricNames(outputs),
    outputs,
    calibration,
  });
  const charts: Chart[] = [];
  const notes: string[] = [];
  for (const [what, build] of RUN_CHARTS) {
    const chart = build(data);
    if (chart === null) notes.push(`No chart of ${what}: nothing of it in these results.`);
    else charts.push(chart);
  }
  return { charts, notes };
}
