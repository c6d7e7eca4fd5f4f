import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEFAULT_LEVEL, formatReplicationList, type Summary } from '@landport/experiment';
import type { Redis } from 'ioredis';
import { AtomicFile } from '../batch/atomic-write.js';
import { BatchError } from '../batch/batch-error.js';
import { withFolderLock } from '../batch/folder-lock.js';
import { LogIndex } from '../batch/log-index.js';
import { type Manifest, writeManifest } from '../batch/manifest.js';
import { OrderedResults } from '../batch/ordered-results.js';
import { type OutputUnits, writeOutputs } from '../batch/outputs.js';
import type { ProgressReporter } from '../batch/progress.js';
import { removeResults, requireNoResults, withFolderErrors } from '../batch/results-folder.js';
import { LOG_FILE } from '../batch/results-log.js';
import { requireWritableFolder } from '../output-folder.js';
import { deleteBatchRecord, readBatchRecord } from './batch-record.js';
import type { BatchSpec } from './batch-spec.js';
import { withCollectClaim } from './collect-claim.js';
import { type FailedJob, findFailedJobs, findLostJobs } from './failed-jobs.js';
import { FailedJobsError } from './failed-jobs-error.js';
import { BatchLostError } from './redis-errors.js';
import { openReplicationQueue, type ReplicationQueue } from './replication-queue.js';
import { ResultsStore } from './results-store.js';

/** Default time between two looks at the batch while waiting, ms. */
export const DEFAULT_POLL_MS = 500;
/** Time without progress after which `collect` checks for jobs that nothing will run, ms. */
const STALL_CHECK_MS = 15_000;

/** What {@link collectBatch} collects and where it writes. */
export interface CollectBatchOptions {
  /** A connected client (see `connectRedis`). */
  redis: Redis;
  /** How the server is named in messages (the redacted `--queue` URL). */
  server: string;
  /** The batch id `submit` printed. */
  batchId: string;
  /** Results folder (default `results/<scenario>-seed<seed>`, as `landport run`). */
  outDir?: string;
  /** Wait for the batch to finish (default true); otherwise write it if finished, else report. */
  wait?: boolean;
  /** Put the batch's failed jobs back on the queue (reset tries) before waiting. */
  retryFailed?: boolean;
  /** Delete the batch from Redis once its results are written. */
  purge?: boolean;
  /** Progress display while waiting (default none). */
  progress?: ProgressReporter;
  /** Receives notices while waiting: a job failed for good, no worker connected. */
  log?: (line: string) => void;
  /** Aborting stops the wait; nothing is written and the batch carries on. */
  signal?: AbortSignal;
  /** Time between looks, ms (default {@link DEFAULT_POLL_MS}). */
  pollMs?: number;
  /** Confidence level of the summary's intervals (default 0.95). */
  level?: number;
  /** The units of the outputs of the batch's scenario, for the CSV headers (default none). */
  units?: (scenario: unknown) => OutputUnits;
}

/** What {@link collectBatch} wrote. */
export interface CollectResult {
  /** The results folder. */
  folder: string;
  /** The summary written to summary.json. */
  summary: Summary;
  /** The manifest written to manifest.json. */
  manifest: Manifest;
  /** The batch's definition (its scenario and sources, for scenario.json). */
  spec: BatchSpec;
}

/**
 * The machinery of `landport collect`: waits until every replication of the batch is stored (or
 * until the jobs left have failed for good), with progress, then writes the results folder that
 * `landport run` writes for the same scenario, seed and replication count, byte for byte:
 * manifest.json (the one stored at submission), replications.jsonl (in replication order, as
 * `landport merge` writes it; a single run's is in completion order, the only difference),
 * replications.csv, series.csv and summary.json (last), all through the same code as `run`.
 *
 * A batch that cannot be completed (jobs failed after all their tries, or gone from the queue)
 * raises a {@link FailedJobsError} listing each job, its replications and its error; a batch that
 * vanishes from the server meanwhile (Redis restarted without persistence) a BatchLostError;
 * nothing is written then. Without `wait`, an unfinished batch raises a BatchError stating its
 * progress. The folder is checked before waiting, so an unusable one fails at once, not after the
 * batch, but created only to write the results, and locked while they are written.
 */
export async function collectBatch(options: CollectBatchOptions): Promise<CollectResult> {
  const { redis, batchId } = options;
  const spec = await readSpec(options);
  const folder = options.outDir ?? `results/${spec.manifest.scenario.name}-seed${spec.manifest.seed}`;
  // Checked now, created only when the results are written: a batch that is not finished, cannot
  // be completed or is lost leaves no empty folder behind ("Nothing was written").
  requireWritableFolder(folder);
  requireNoResults(folder, 'Collect into a new folder.');
  // One collect per batch at a time: a second would race the first's --retry-failed and --purge.
  return withCollectClaim(redis, batchId, options.server, () => collectClaimed(options, spec, folder));
}

async function collectClaimed(
  options: CollectBatchOptions,
  spec: BatchSpec,
  folder: string,
): Promise<CollectResult> {
  const { redis, batchId } = options;
  const queue = openReplicationQueue(redis);
  try {
    if (options.retryFailed === true) await retryFailedJobs(redis, queue, spec, options.log);
    const failed = await waitForBatch(options, queue, spec);
    const store = new ResultsStore(redis);
    const stored = await store.count(batchId);
    if (failed.length > 0) throw new FailedJobsError(batchId, failed, stored);
    if (stored < spec.manifest.replications) {
      throw new BatchError(
        `Batch ${batchId} is not finished: ${stored} of ${spec.manifest.replications} replications are stored. ` +
          'Nothing was written; collect without --no-wait to wait for it.',
      );
    }
  } finally {
    await queue.close();
  }
  const summary = await withFolderLock(folder, 'output folder', async () => {
    requireNoResults(folder, 'Collect into a new folder.'); // again: another process may have written there meanwhile
    try {
      return await writeResults(options, spec, folder);
    } catch (error) {
      removeResults(folder); // the batch stays in Redis: collecting again writes it whole
      throw error;
    }
  });
  if (options.purge === true) await deleteBatchRecord(redis, batchId);
  return { folder, summary, manifest: spec.manifest, spec };
}

async function readSpec(options: CollectBatchOptions): Promise<BatchSpec> {
  let record: Awaited<ReturnType<typeof readBatchRecord>>;
  try {
    record = await readBatchRecord(options.redis, options.batchId);
  } catch (error) {
    if (error instanceof TypeError) throw new BatchError(error.message);
    throw error;
  }
  if (record === null) {
    throw new BatchError(
      `There is no batch ${options.batchId} on ${options.server}: check the id \`landport submit\` printed and the --queue URL (database number included). ` +
        'If it was submitted there, it is gone: collected with --purge, or lost when Redis restarted without persistence; then submit it again.',
    );
  }
  if (!record.submitted) {
    throw new BatchError(
      `Batch ${options.batchId} on ${options.server} was not completely submitted (the submission was interrupted), so some of its jobs may never run. Submit the batch again.`,
    );
  }
  return record.spec;
}

async function retryFailedJobs(
  redis: Redis,
  queue: ReplicationQueue,
  spec: BatchSpec,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  for (const failed of await findFailedJobs(redis, queue, spec)) {
    const job = await queue.getJob(failed.jobId);
    await job?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    log?.(`job ${failed.jobId}: put back on the queue`);
  }
}

/**
 * Looks at the batch every pollMs until it is settled: every replication stored, or every
 * replication not stored belonging to a job that failed for good. Returns the failed jobs.
 * Without `wait`, looks once.
 */
async function waitForBatch(
  options: CollectBatchOptions,
  queue: ReplicationQueue,
  spec: BatchSpec,
): Promise<FailedJob[]> {
  const { redis, batchId, progress, log, signal } = options;
  const total = spec.manifest.replications;
  const store = new ResultsStore(redis);
  const pollMs = options.pollMs ?? DEFAULT_POLL_MS;
  let stored = await store.count(batchId);
  progress?.start(total, stored);
  const reported = new Map<string, FailedJob>();
  let lastProgress = performance.now();
  let warnedNoWorker = false;
  try {
    for (;;) {
      await requireBatch(options, store);
      const failed = await findFailedJobs(redis, queue, spec);
      const stalled = performance.now() - lastProgress >= STALL_CHECK_MS;
      if (stalled || options.wait === false) {
        const known = new Set(failed.map((job) => job.jobId));
        failed.push(...(await findLostJobs(redis, queue, spec, known)));
        lastProgress = performance.now();
        if (!warnedNoWorker && options.wait !== false && (await workerCount(queue)) === 0) {
          warnedNoWorker = true;
          log?.(
            `no worker is connected to ${options.server}: start some with \`landport worker --queue URL\``,
          );
        }
      }
      for (const job of failed) {
        if (reported.has(job.jobId)) continue;
        reported.set(job.jobId, job);
        log?.(
          `job ${job.jobId} failed for good; replications ${formatReplicationList(job.missing)} will have no results: ${job.reason}`,
        );
      }
      const unsettled = total - stored - failed.reduce((n, job) => n + job.missing.length, 0);
      if (unsettled <= 0 || options.wait === false) return failed.filter((job) => job.missing.length > 0);
      await sleep(pollMs, undefined, signal === undefined ? {} : { signal });
      await requireBatch(options, store);
      const now = await store.count(batchId);
      if (now > stored) {
        progress?.tick(now - stored);
        stored = now;
        lastProgress = performance.now();
      }
    }
  } finally {
    progress?.stop();
  }
}

/**
 * Throws a {@link BatchLostError} if the batch's definition has vanished since `collect` read it:
 * Redis restarted without persistence (or the keys were deleted), so its jobs and results went
 * with it. Without this check its jobs would look lost one by one and be reported as failed,
 * with advice to retry them that could only fail too.
 */
async function requireBatch(options: CollectBatchOptions, store: ResultsStore): Promise<void> {
  if (!(await store.batchExists(options.batchId))) {
    throw new BatchLostError(
      options.server,
      options.batchId,
      'it was there when collect started and has vanished since',
    );
  }
}

/**
 * Workers connected to the server, from CLIENT LIST; null where the server refuses that command
 * (some managed services do), since the count only serves a warning.
 */
async function workerCount(queue: ReplicationQueue): Promise<number | null> {
  try {
    return await queue.getWorkersCount();
  } catch {
    return null;
  }
}

/** Writes the results folder from the stored outputs, read in replication order. */
async function writeResults(options: CollectBatchOptions, spec: BatchSpec, folder: string): Promise<Summary> {
  const store = new ResultsStore(options.redis);
  const logPath = join(folder, LOG_FILE);
  const log = withFolderErrors(folder, () => {
    writeManifest(folder, spec.manifest);
    return new AtomicFile(logPath);
  });
  try {
    for await (const line of store.lines(options.batchId, spec.manifest.replications)) log.write(`${line}\n`);
    log.commit();
  } catch (error) {
    log.abort();
    // A full disk while writing surfaces here, asynchronously: name the folder all the same.
    return withFolderErrors(folder, () => {
      throw error;
    });
  }
  return withFolderErrors(folder, () =>
    writeOutputs(
      folder,
      new OrderedResults([LogIndex.scan(logPath)]),
      options.level ?? DEFAULT_LEVEL,
      options.units?.(spec.scenario),
    ),
  );
}
