import type { Redis } from 'ioredis';
import { type BatchSpec, decodeBatchSpec } from './batch-spec.js';
import { batchKeys } from './queue-keys.js';

/** A batch as found in Redis. */
export interface BatchRecord {
  /** Its definition. */
  spec: BatchSpec;
  /** Whether every job was put on the queue (false: the submission was cut short). */
  submitted: boolean;
}

/**
 * Reads batch `batchId`'s definition; null if the server has none (never submitted there, or
 * deleted). Throws a TypeError if it is unusable (see `decodeBatchSpec`).
 */
export async function readBatchRecord(redis: Redis, batchId: string): Promise<BatchRecord | null> {
  const [text, jobs] = await redis.hmget(batchKeys(batchId).batch, 'spec', 'jobs');
  if (text === null || text === undefined) return null;
  const spec = decodeBatchSpec(text, batchId);
  return { spec, submitted: jobs === String(spec.jobs) };
}

/** Deletes the batch's definition and stored outputs (its failed jobs expire on their own). */
export async function deleteBatchRecord(redis: Redis, batchId: string): Promise<void> {
  const keys = batchKeys(batchId);
  await redis.del(keys.batch, keys.results);
}
