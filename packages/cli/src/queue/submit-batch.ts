import type { Redis } from 'ioredis';
import { createManifest } from '../batch/manifest.js';
import { newBatchId } from './batch-id.js';
import { BATCH_SPEC_VERSION, type BatchSpec, encodeBatchSpec } from './batch-spec.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from './queue-defaults.js';
import { batchKeys, jobId } from './queue-keys.js';
import { openReplicationQueue } from './replication-queue.js';

/** How long failed jobs stay on the queue, with their error, for `collect` to report: 30 days, s. */
const FAILED_JOB_AGE_S = 30 * 24 * 3600;
/** Jobs added per round trip. */
const ADD_BATCH = 500;

/** What {@link submitBatch} puts on the queue. */
export interface SubmitBatchOptions {
  /** A connected client (see `connectRedis`). */
  redis: Redis;
  /** The scenario data given to every replication (validated, overrides applied). */
  scenario: unknown;
  /** The scenario's name, for the manifest and the batch id. */
  scenarioName: string;
  /** Master seed. */
  seed: number | string;
  /** Replications (>= 1). */
  replications: number;
  /** The `--set` overrides as given, for the manifest. */
  overrides?: readonly string[];
  /** The scenario file's `sources` map, for the results' scenario.json (default none). */
  sources?: Record<string, string>;
  /** Replications per job (default {@link defaultChunk}). */
  chunk?: number;
  /** Tries of each job (default {@link DEFAULT_ATTEMPTS}). */
  attempts?: number;
  /** Delay before the first retry, ms (default {@link DEFAULT_BACKOFF_MS}). */
  backoffMs?: number;
  /** Recorded in the manifest (default: this package's version); workers of another version refuse the batch. */
  landportVersion?: string;
}

/** A batch on the queue. */
export interface SubmittedBatch {
  /** Its id, for `landport collect`. */
  id: string;
  /** Its definition as stored. */
  spec: BatchSpec;
}

/**
 * Replications per job by default: ⌈n/100⌉, between 1 and 20. Results are stored replication by
 * replication, so a job's size decides neither what a killed worker loses (one replication at
 * most) nor memory; it trades the queue's cost per job (a few Redis round trips, ~1 ms) against
 * balance at the end of the batch. About 100 jobs keep dozens of workers busy to the end, and
 * jobs of 20 replications make the per-job cost negligible even for short replications.
 */
export function defaultChunk(replications: number): number {
  return Math.min(20, Math.max(1, Math.ceil(replications / 100)));
}

/**
 * The machinery of `landport submit`: stores the batch's definition (scenario, manifest, job plan)
 * in Redis and puts its jobs on the shared queue, job k running replications
 * [k·chunk, min((k+1)·chunk, n)). Returns the batch id that `collect` takes.
 *
 * The definition is written first and the job count last, so a submission cut short (Ctrl-C, a
 * lost connection) is recognisable: `collect` reports it instead of waiting for jobs that were
 * never added. Failed jobs stay on the queue for 30 days so that their errors can be reported.
 */
export async function submitBatch(options: SubmitBatchOptions): Promise<SubmittedBatch> {
  const { replications } = options;
  const chunk = options.chunk ?? defaultChunk(replications);
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const whole = (name: string, x: number) => {
    if (!(Number.isSafeInteger(x) && x >= 1))
      throw new RangeError(`${name} must be an integer >= 1, got ${x}`);
  };
  whole('replications', replications);
  whole('chunk', chunk);
  whole('attempts', attempts);
  if (!(Number.isFinite(backoffMs) && backoffMs >= 0)) {
    throw new RangeError(`backoffMs must be a number >= 0, got ${backoffMs}`);
  }
  const manifest = createManifest({
    scenarioName: options.scenarioName,
    scenario: options.scenario,
    seed: options.seed,
    replications,
    shard: null,
    ...(options.overrides === undefined ? {} : { overrides: options.overrides }),
    ...(options.landportVersion === undefined ? {} : { landportVersion: options.landportVersion }),
  });
  const id = newBatchId(options.scenarioName);
  const jobs = Math.ceil(replications / chunk);
  const spec: BatchSpec = {
    schemaVersion: BATCH_SPEC_VERSION,
    id,
    manifest,
    scenario: options.scenario,
    sources: options.sources ?? {},
    chunk,
    jobs,
    attempts,
  };
  const keys = batchKeys(id);
  if ((await options.redis.hsetnx(keys.batch, 'spec', encodeBatchSpec(spec))) !== 1) {
    throw new Error(`batch id ${id} is already in use on this server; submit again for a new id`);
  }
  const queue = openReplicationQueue(options.redis);
  try {
    const opts = {
      attempts,
      backoff: { type: 'exponential', delay: backoffMs },
      removeOnComplete: true,
      removeOnFail: { age: FAILED_JOB_AGE_S },
    };
    for (let first = 0; first < jobs; first += ADD_BATCH) {
      const group = [];
      for (let index = first; index < Math.min(first + ADD_BATCH, jobs); index++) {
        group.push({
          name: 'replications',
          data: { batch: id, index },
          opts: { ...opts, jobId: jobId(id, index) },
        });
      }
      await queue.addBulk(group);
    }
  } finally {
    await queue.close();
  }
  await options.redis.hset(keys.batch, 'jobs', String(jobs));
  return { id, spec };
}
