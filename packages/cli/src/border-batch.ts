import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PrecisionPlan, Shard } from '@landport/experiment';
import { borderOutputUnits } from '@landport/experiment';
import { withFolderLock } from './batch/folder-lock.js';
import { wideInliningRepays, widenInliningBudget } from './batch/inlining-budget.js';
import type { ProgressReporter } from './batch/progress.js';
import { type BatchResult, runBatch } from './batch/run-batch.js';
import { ReplicationPool } from './batch/worker-pool.js';
import { BORDER_MODEL_URL } from './border-replication.js';
import { SCENARIO_FILE, scenarioRecord, writeScenarioRecord } from './report/scenario-record.js';
import type { ScenarioSource } from './scenario-source.js';
import { workerCount } from './worker-count.js';

/** What {@link runBorderBatch} runs and where. */
export interface BorderBatchOptions {
  readonly outDir: string;
  readonly source: ScenarioSource;
  /** The scenario as the user named it (built-in name or file), for the scenario record. */
  readonly scenarioArg: string;
  readonly seed: number | string;
  readonly replications: number;
  readonly progress: ProgressReporter;
  readonly signal: AbortSignal;
  /** A pool shared by several batches (compare, sweep); without it runBatch starts one. */
  readonly pool?: ReplicationPool;
  readonly workers?: number;
  readonly shard?: Shard | null;
  readonly resume?: boolean;
  /** Run to a target precision; `replications` is then its maximum. */
  readonly precision?: PrecisionPlan | null;
}

/**
 * One batch of a border scenario into a results folder: the generic batch machinery run on the
 * border model, then the scenario record (description, sources, shock dates) that the charts and
 * the report read, both under the folder's lock. Every command that runs scenarios (run, compare,
 * sweep) goes through here.
 */
export function runBorderBatch(o: BorderBatchOptions): Promise<BatchResult> {
  return withFolderLock(o.outDir, 'output folder', async () => {
    const result = await runBatch({
      outDir: o.outDir,
      model: BORDER_MODEL_URL,
      scenario: o.source.scenario,
      scenarioName: o.source.name,
      seed: o.seed,
      replications: o.replications,
      overrides: o.source.overrides,
      progress: o.progress,
      signal: o.signal,
      shard: o.shard ?? null,
      resume: o.resume ?? false,
      units: borderOutputUnits(o.source.scenario.costs.currency),
      ...(o.pool === undefined ? {} : { pool: o.pool }),
      ...(o.workers === undefined ? {} : { workers: o.workers }),
      ...(o.precision == null ? {} : { precision: o.precision }),
    });
    if (!(result.alreadyComplete && existsSync(join(result.folder, SCENARIO_FILE))))
      writeScenarioRecord(result.folder, scenarioRecord(o.source, o.scenarioArg));
    return result;
  });
}

/**
 * The worker threads for border batches of `replications` replications of `eventsPerReplication`
 * estimated events each (`--workers` as given in `workers`, or as many as the work repays: see
 * workerCount), and how they compile: with the wider inlining budget when each thread's share of
 * the work repays it (inlining-budget.ts). Call it before the pool that runs them starts.
 */
export function borderWorkers(
  workers: string | undefined,
  replications: number,
  eventsPerReplication: number,
): number {
  const count = workerCount(workers, replications, eventsPerReplication);
  if (wideInliningRepays(replications * eventsPerReplication, count)) widenInliningBudget();
  return count;
}

/**
 * A worker pool running the border model, for commands that run many batches on one pool:
 * {@link borderWorkers} threads for `replications`, the most one batch runs at a time, and
 * `eventsPerReplication`, the estimated events of one replication of every batch the pool will run
 * (see estimatedEvents).
 */
export function borderPool(
  workers: string | undefined,
  replications: number,
  eventsPerReplication: number,
): ReplicationPool {
  return new ReplicationPool({
    model: BORDER_MODEL_URL,
    workers: borderWorkers(workers, replications, eventsPerReplication),
  });
}
