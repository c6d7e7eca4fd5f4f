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
import { UNBUNDLED_BORDER_MODEL_URL } from './unbundled-border-model.js';
import { workerCount } from './worker-count.js';

/**
 * What {@link runBorderBatch} runs and where: on a pool shared by several batches (compare,
 * sweep), or on the threads {@link borderThreads} chose, which runBatch starts and stops. The
 * model the replications load is the pool's or the threads'.
 */
export type BorderBatchOptions = BorderBatchSettings &
  (
    | { readonly pool: ReplicationPool; readonly threads?: never }
    | { readonly threads: BorderThreads; readonly pool?: never }
  );

/** What every border batch is given, wherever it runs. */
interface BorderBatchSettings {
  readonly outDir: string;
  readonly source: ScenarioSource;
  /** The scenario as the user named it (built-in name or file), for the scenario record. */
  readonly scenarioArg: string;
  readonly seed: number | string;
  readonly replications: number;
  readonly progress: ProgressReporter;
  readonly signal: AbortSignal;
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
      model: o.pool === undefined ? o.threads.model : o.pool.model,
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
      ...(o.pool === undefined ? { workers: o.threads.count } : { pool: o.pool }),
      ...(o.precision == null ? {} : { precision: o.precision }),
    });
    if (!(result.alreadyComplete && existsSync(join(result.folder, SCENARIO_FILE))))
      writeScenarioRecord(result.folder, scenarioRecord(o.source, o.scenarioArg));
    return result;
  });
}

/** How many worker threads a border batch starts, and which build of the model they load. */
export interface BorderThreads {
  readonly count: number;
  /** The bundle's model, or for a long batch the modules tsc built (unbundled-border-model.ts). */
  readonly model: URL;
}

/**
 * The worker threads for border batches of `replications` replications of `eventsPerReplication`
 * estimated events each (`--workers` as given in `workers`, or as many as the work repays: see
 * workerCount), and how they compile. When each thread's share of the work is long enough
 * (inlining-budget.ts), they get the wider inlining budget and load the model's unbundled modules,
 * whose constants V8 folds into the optimised code; a short batch keeps V8's defaults and the
 * bundle, which starts sooner. Call it before the pool that runs them starts.
 */
export function borderThreads(
  workers: string | undefined,
  replications: number,
  eventsPerReplication: number,
): BorderThreads {
  const count = workerCount(workers, replications, eventsPerReplication);
  if (!wideInliningRepays(replications * eventsPerReplication, count))
    return { count, model: BORDER_MODEL_URL };
  widenInliningBudget();
  return { count, model: UNBUNDLED_BORDER_MODEL_URL };
}

/**
 * A worker pool running the border model, for commands that run many batches on one pool:
 * {@link borderThreads} threads for `replications`, the most one batch runs at a time, and
 * `eventsPerReplication`, the estimated events of one replication of every batch the pool will run
 * (see estimatedEvents).
 */
export function borderPool(
  workers: string | undefined,
  replications: number,
  eventsPerReplication: number,
): ReplicationPool {
  const threads = borderThreads(workers, replications, eventsPerReplication);
  return new ReplicationPool({ model: threads.model, workers: threads.count });
}
