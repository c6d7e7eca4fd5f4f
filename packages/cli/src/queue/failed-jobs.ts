import type { ReplicationRange } from '@landport/experiment';
import type { Redis } from 'ioredis';
import { type BatchSpec, jobRange } from './batch-spec.js';
import { jobId } from './queue-keys.js';
import type { ReplicationQueue } from './replication-queue.js';
import { ResultsStore } from './results-store.js';

/** A job of a batch that will not run again by itself, and the replications it leaves without results. */
export interface FailedJob {
  /** Its BullMQ id. */
  jobId: string;
  /** Its replications. */
  range: ReplicationRange;
  /** Those of its replications not stored. */
  missing: number[];
  /** Tries made. */
  attempts: number;
  /** Why: the last error's message, or why the job is gone. */
  reason: string;
}

/**
 * The batch's jobs in BullMQ's failed set: their tries used up, or failed at once (an
 * unrecoverable problem), or abandoned by stopped workers more often than allowed. Reads the
 * failed set's ids (one round trip; failed jobs are few and expire after 30 days) and fetches
 * only this batch's.
 */
export async function findFailedJobs(
  redis: Redis,
  queue: ReplicationQueue,
  spec: BatchSpec,
): Promise<FailedJob[]> {
  const prefix = jobId(spec.id, 0).slice(0, -1);
  const ids = (await redis.zrange(queue.keys.failed!, 0, '-1')).filter((id) => id.startsWith(prefix));
  const store = new ResultsStore(redis);
  const failed: FailedJob[] = [];
  for (const id of ids) {
    const job = await queue.getJob(id);
    if (job === undefined) continue;
    const range = jobRange(spec, job.data.index);
    failed.push({
      jobId: id,
      range,
      missing: await store.missing(spec.id, range),
      attempts: job.attemptsMade,
      reason: job.failedReason,
    });
  }
  return failed.sort((a, b) => a.range.from - b.range.from);
}

/**
 * Jobs of the batch that have replications without results yet are no longer on the queue at
 * all (neither waiting, running, delayed nor failed): removed by hand, or their failure record
 * expired. Nothing would ever run them, so `collect` reports them instead of waiting forever.
 * Costs a round trip per job with missing results: run it only when progress has stopped.
 */
export async function findLostJobs(
  redis: Redis,
  queue: ReplicationQueue,
  spec: BatchSpec,
  known: ReadonlySet<string>,
): Promise<FailedJob[]> {
  const store = new ResultsStore(redis);
  const missing = await store.missing(spec.id, { from: 0, to: spec.manifest.replications });
  const byJob = new Map<number, number[]>();
  for (const r of missing) {
    const index = Math.floor(r / spec.chunk);
    let list = byJob.get(index);
    if (list === undefined) byJob.set(index, (list = []));
    list.push(r);
  }
  const lost: FailedJob[] = [];
  for (const [index, replications] of byJob) {
    const id = jobId(spec.id, index);
    if (known.has(id) || (await queue.getJobState(id)) !== 'unknown') continue;
    lost.push({
      jobId: id,
      range: jobRange(spec, index),
      missing: replications,
      attempts: 0,
      reason: 'the job is no longer on the queue (removed, or its failure record expired)',
    });
  }
  return lost;
}
