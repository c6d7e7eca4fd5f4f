import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAME, QUEUE_PREFIX } from './queue-keys.js';

/** What a job on the queue carries: which job of which batch; the rest is in the batch's spec. */
export interface ReplicationJobData {
  /** The batch id. */
  batch: string;
  /** The job's index in its batch; its replications are `jobRange(spec, index)`. */
  index: number;
}

/** The BullMQ queue of replication jobs shared by all batches, on a connected client. */
export type ReplicationQueue = Queue<ReplicationJobData, void, string>;

/**
 * The queue of replication jobs on `redis` (closing the queue leaves `redis` open).
 *
 * The queue re-emits its connection's errors as 'error' events, and BullMQ prints an error event
 * that has no listener to the console, stack trace and all, once per reconnection attempt: while
 * Redis is down that was five stack traces in a row. The same failures reach the caller as
 * rejected commands, which is where they are reported, so the events are dropped here.
 */
export function openReplicationQueue(redis: Redis): ReplicationQueue {
  const queue = new Queue<ReplicationJobData, void, string>(QUEUE_NAME, {
    connection: redis,
    prefix: QUEUE_PREFIX,
  });
  queue.on('error', () => {});
  return queue;
}
