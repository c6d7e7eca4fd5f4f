import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_LEVEL,
  formatReplicationList,
  type PrecisionOutcome,
  type PrecisionPlan,
  parseSummary,
  precisionRounds,
  type ReplicationRange,
  type Shard,
  type Summary,
  shardRange,
  summarize,
} from '@landport/experiment';
import { BatchError } from './batch-error.js';
import { FileSystemError, fileSystemFix } from './file-system-error.js';
import { withFolderLock } from './folder-lock.js';
import {
  createManifest,
  MANIFEST_FILE,
  type Manifest,
  manifestDifferences,
  readManifest,
  writeManifest,
} from './manifest.js';
import { OrderedResults } from './ordered-results.js';
import { type OutputUnits, SUMMARY_FILE, writeOutputs } from './outputs.js';
import type { ProgressReporter } from './progress.js';
import { existingResultFiles, requireNoResults, withFolderErrors } from './results-folder.js';
import { LOG_FILE, ResultsLog } from './results-log.js';
import { defaultWorkerCount, modelUrl, ReplicationPool } from './worker-pool.js';

/** What {@link runBatch} runs and where it writes. */
export interface RunBatchOptions {
  /** Results folder (`--out`); created if needed, locked while written. */
  outDir: string;
  /** The model module (URL or path) exporting `runReplication`. */
  model: string | URL;
  /** The scenario data given to every replication (overrides already applied). */
  scenario: unknown;
  /** The scenario's name, for the manifest. */
  scenarioName: string;
  /** Master seed. */
  seed: number | string;
  /** Replications of the whole run, all shards together (>= 1). */
  replications: number;
  /** Run only this shard's replications (`--shard i/n`). */
  shard?: Shard | null;
  /** The `--set` overrides as given, for the manifest. */
  overrides?: readonly string[];
  /** Worker threads (default one per core); ignored when `pool` is given. */
  workers?: number;
  /** Run on this pool (left running) instead of starting one, for commands that run many batches; it must run `model`. */
  pool?: ReplicationPool;
  /** Node options of the workers of a pool started here. */
  execArgv?: string[];
  /**
   * Continue the run already in `outDir` (`--resume`); its outputs are written again even if it
   * was finished. Without it the same run is continued too, but a finished one is left as is.
   */
  resume?: boolean;
  /** Progress display (default none). */
  progress?: ProgressReporter;
  /** Aborting stops the run; what finished stays in the log, ready for `--resume`. */
  signal?: AbortSignal;
  /** Recorded in the manifest (default: this package's version). */
  landportVersion?: string;
  /** Confidence level of the summary's intervals (default 0.95). */
  level?: number;
  /** The units of the model's outputs, for the CSV headers (default none). */
  units?: OutputUnits;
  /**
   * Run to a target precision (`run --precision`): `replications` must equal the plan's maximum;
   * replications 0..n−1 are run in rounds until the targets are met (see precision-rounds.ts), and
   * summary.json records the rounds. Not with a shard: the stopping point needs every result.
   */
  precision?: PrecisionPlan;
}

/** What {@link runBatch} produced. */
export interface BatchResult {
  /** The results folder. */
  folder: string;
  /** The summary written to summary.json. */
  summary: Summary;
  /** The manifest written to manifest.json. */
  manifest: Manifest;
  /** Replications run now. */
  ran: number;
  /** Replications found already done in the log (resume). */
  reused: number;
  /** The folder held the complete results of this very run: nothing was run or written. */
  alreadyComplete: boolean;
}

/**
 * The machinery of `landport run`: runs the replications of a scenario (or of one shard of it) on
 * worker threads, appending each to `replications.jsonl` as it finishes, then writes
 * `replications.csv`, `series.csv` and `summary.json` from the log (see `writeOutputs`).
 *
 * Order of writes: manifest.json first (it identifies the folder; a resume checks it), then the
 * log as replications finish, then the outputs, summary.json last. An interrupted run therefore
 * leaves a manifest and a log and no summary; `resume: true` checks that the manifest matches
 * (scenario hash, seed, replication count, shard, overrides, version), skips the replications
 * already logged and ends with outputs byte-identical to an uninterrupted run.
 *
 * The same run started again on its own folder (the manifests agree) needs no `resume`: an
 * unfinished folder is continued as with `resume`, and a finished one (its summary.json is there)
 * is not touched: its summary is returned with `alreadyComplete` set.
 *
 * The folder is locked while the batch writes (see `withFolderLock`): a second process writing
 * there fails at once. Input problems are BatchErrors, raised before anything is written: a folder
 * holding the results of another run, a resume of a different run, an unwritable folder. A failure
 * of the file system (a full disk) is a FileSystemError saying how to complete the folder after it.
 */
export async function runBatch(options: RunBatchOptions): Promise<BatchResult> {
  const { outDir: folder, replications: total } = options;
  if (!(Number.isSafeInteger(total) && total >= 1)) {
    throw new RangeError(`replications must be an integer >= 1, got ${total}`);
  }
  const range = shardRange(options.shard ?? { index: 0, count: 1 }, total);
  const manifest = createManifest({
    scenarioName: options.scenarioName,
    scenario: options.scenario,
    seed: options.seed,
    replications: total,
    shard: options.shard ?? null,
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
    ...(options.landportVersion === undefined ? {} : { landportVersion: options.landportVersion }),
    ...(options.precision === undefined
      ? {}
      : {
          precision: {
            initialReplications: options.precision.initialReplications,
            targets: options.precision.targets.map((t) => `${t.metric}=${t.text}`),
          },
        }),
  });
  if (options.precision !== undefined) {
    if (options.shard != null) throw new RangeError('runBatch: a precision run cannot be sharded');
    if (options.precision.maxReplications !== total) {
      throw new RangeError("runBatch: replications must equal the precision plan's maximum");
    }
  }

  if (options.pool !== undefined && options.pool.model !== modelUrl(options.model)) {
    throw new Error(
      `runBatch: the pool runs ${options.pool.model}, not the model ${modelUrl(options.model)}`,
    );
  }
  return withFolderLock(folder, 'output folder', async () => {
    try {
      return await runLocked(options, manifest, range);
    } catch (error) {
      if (!(error instanceof FileSystemError)) throw error;
      const saved = existsSync(join(folder, MANIFEST_FILE))
        ? `run the same command again (or with --resume) to complete the folder: the replications finished so far are saved in ${folder}.`
        : 'run the command again.';
      throw error.withAdvice(`${fileSystemFix(error.code)}, then ${saved}`);
    }
  });
}

/** {@link runBatch} once the folder is locked. */
async function runLocked(
  options: RunBatchOptions,
  manifest: Manifest,
  range: ReplicationRange,
): Promise<BatchResult> {
  const folder = options.outDir;
  const level = options.level ?? DEFAULT_LEVEL;
  const previous = previousRun(options, manifest);
  if (previous === 'none') withFolderErrors(folder, () => writeManifest(folder, manifest));
  else if (options.resume !== true) {
    const summary = completeSummary(folder, range, level, options.precision !== undefined);
    if (summary !== null) {
      return { folder, summary, manifest, ran: 0, reused: range.to - range.from, alreadyComplete: true };
    }
  }

  const log = withFolderErrors(folder, () =>
    previous === 'same' ? ResultsLog.resume(folder) : ResultsLog.create(folder),
  );
  let ran = 0;
  let reused = 0;
  let precision: PrecisionOutcome | undefined;
  let stopAt = range.to;
  try {
    const outside = [...log.index.entries.keys()].filter((r) => r < range.from || r >= range.to);
    if (outside.length > 0) {
      throw new BatchError(
        `${join(folder, LOG_FILE)} holds replications outside this run's range [${range.from}, ${range.to}): ` +
          `${formatReplicationList(outside)}. The folder was changed by hand or mixed with another run; use a fresh --out.`,
      );
    }
    reused = log.index.entries.size;
    let pool: ReplicationPool | undefined;
    const runMissing = async (to: number): Promise<void> => {
      const todo: number[] = [];
      for (let r = range.from; r < to; r++) if (!log.has(r)) todo.push(r);
      options.progress?.start(to - range.from, to - range.from - todo.length);
      try {
        if (todo.length === 0) return;
        pool ??= options.pool ?? startPool(options);
        await pool.run({
          scenario: options.scenario,
          seed: options.seed,
          replications: todo,
          onResult: (output) => {
            if (log.append(output)) ran++;
            options.progress?.tick();
          },
          ...(options.signal === undefined ? {} : { signal: options.signal }),
        });
      } finally {
        options.progress?.stop();
      }
    };
    try {
      if (options.precision === undefined) await runMissing(range.to);
      else {
        const plan = options.precision;
        const fresh = previous === 'none';
        precision = await precisionRounds(plan, async (n) => {
          await runMissing(n);
          const only = new Set(Array.from({ length: n }, (_, r) => r));
          const summary = summarize(new OrderedResults([log.index], only).outputs(), level);
          const unknown = plan.targets.find((t) => summary.metrics[t.metric] === undefined);
          if (unknown !== undefined) {
            if (fresh) forgetFreshRun(folder, log);
            throw new BatchError(
              `--precision ${JSON.stringify(`${unknown.metric}=${unknown.text}`)}: this run has no metric named ${unknown.metric}` +
                `${fresh ? ' (nothing was kept)' : ''}; expected one of the metrics of summary.json, e.g. ${nearMetrics(unknown.metric, Object.keys(summary.metrics))}.`,
            );
          }
          return summary.metrics;
        });
        stopAt = precision.replications;
      }
    } finally {
      if (options.pool === undefined) await pool?.destroy();
    }
  } finally {
    log.close();
  }
  const results =
    precision === undefined
      ? new OrderedResults([log.index])
      : new OrderedResults([log.index], new Set(Array.from({ length: stopAt }, (_, r) => r)));
  const summary = writeOutputs(
    folder,
    results,
    level,
    options.units,
    precision === undefined ? {} : { precision },
  );
  return { folder, summary, manifest, ran, reused, alreadyComplete: false };
}

/** A pool for this batch alone (see `RunBatchOptions.pool`). */
function startPool(options: RunBatchOptions): ReplicationPool {
  return new ReplicationPool({
    model: options.model,
    workers: options.workers ?? defaultWorkerCount(),
    ...(options.execArgv === undefined ? {} : { execArgv: options.execArgv }),
  });
}

/**
 * Removes the manifest and log that this run wrote into a folder it found empty, so that a
 * precision run refused after its first round (a metric it does not produce) leaves nothing behind.
 */
function forgetFreshRun(folder: string, log: ResultsLog): void {
  log.close();
  rmSync(join(folder, LOG_FILE), { force: true });
  rmSync(join(folder, MANIFEST_FILE), { force: true });
}

/** Up to five metric names sharing the most leading characters with `name`, for an error message. */
function nearMetrics(name: string, names: readonly string[]): string {
  const common = (other: string) => {
    let i = 0;
    while (i < name.length && name[i] === other[i]) i++;
    return i;
  };
  return [...names]
    .sort((a, b) => common(b) - common(a) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, 5)
    .join(', ');
}

/**
 * What the folder holds already: 'none' (no run: start one), or 'same' (a run with this very
 * manifest, to continue). Throws a BatchError for anything else: the results of another run, or
 * result files without a manifest.
 */
function previousRun(options: RunBatchOptions, manifest: Manifest): 'none' | 'same' {
  const folder = options.outDir;
  if (existsSync(join(folder, MANIFEST_FILE))) {
    const differences = manifestDifferences(readManifest(folder), manifest);
    if (differences.length === 0) return 'same';
    if (options.resume === true) {
      throw new BatchError(
        `Cannot resume: ${folder} holds results of a different run (${differences.join('; ')}). ` +
          'Resume with the same scenario, seed, replications, shard and overrides, or choose another --out.',
      );
    }
    throw new BatchError(
      `The folder ${folder} already holds results (${existingResultFiles(folder).join(', ')}) of another run ` +
        `(${differences.join('; ')}). Choose another --out, or delete the folder to replace them.`,
    );
  }
  requireNoResults(
    folder,
    options.resume === true
      ? 'It has no manifest.json, so it cannot be resumed; choose another --out.'
      : 'They have no manifest.json, so they cannot be continued; choose another --out.',
  );
  return 'none';
}

/**
 * The summary of a finished run in `folder` (its summary.json, written last, is there and is of
 * this range and level), or null if the run is unfinished or its summary unreadable: then the
 * outputs are written again from the log.
 */
function completeSummary(
  folder: string,
  range: ReplicationRange,
  level: number,
  precision: boolean,
): Summary | null {
  let summary: Summary;
  try {
    summary = parseSummary(readFileSync(join(folder, SUMMARY_FILE), 'utf8'));
  } catch {
    return null;
  }
  // A precision run stops before its maximum: its summary says how many it needed.
  const complete = precision
    ? summary.precision?.replications === summary.replications
    : summary.replications === range.to - range.from;
  return complete && summary.level === level ? summary : null;
}
