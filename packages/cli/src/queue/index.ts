// The work queue of the Landport CLI (submit, worker, collect) on Redis with BullMQ. This file only re-exports.
export { newBatchId, parseBatchId } from './batch-id.js';
export { type BatchRecord, deleteBatchRecord, readBatchRecord } from './batch-record.js';
export {
  BATCH_SPEC_VERSION,
  type BatchSpec,
  decodeBatchSpec,
  encodeBatchSpec,
  jobRange,
} from './batch-spec.js';
export {
  type CollectBatchOptions,
  type CollectResult,
  collectBatch,
  DEFAULT_POLL_MS,
} from './collect-batch.js';
export { type FailedJob, findFailedJobs, findLostJobs } from './failed-jobs.js';
export { FailedJobsError } from './failed-jobs-error.js';
export { packOutput, unpackLine } from './packed-output.js';
export {
  DEFAULT_ATTEMPTS,
  DEFAULT_BACKOFF_MS,
  DEFAULT_LOCK_DURATION_MS,
  DEFAULT_MAX_STALLED_COUNT,
  DEFAULT_STALLED_INTERVAL_MS,
} from './queue-defaults.js';
export { type BatchKeys, batchKeys, jobId, QUEUE_NAME, QUEUE_PREFIX } from './queue-keys.js';
export { QueueWorker, type QueueWorkerOptions } from './queue-worker.js';
export { CONNECT_TIMEOUT_MS, type ConnectOptions, connectRedis } from './redis-connection.js';
export {
  BatchLostError,
  explainRedisFailure,
  NotRedisError,
  RedisSilentError,
  RedisUnreachableError,
} from './redis-errors.js';
export { parseRedisUrl, type RedisUrl } from './redis-url.js';
export { openReplicationQueue, type ReplicationJobData, type ReplicationQueue } from './replication-queue.js';
export { BatchGoneError, ResultsStore } from './results-store.js';
export { defaultChunk, type SubmitBatchOptions, type SubmittedBatch, submitBatch } from './submit-batch.js';
export { COMMAND_TIMEOUT_MS, CommandTimeoutError, TimedRedis } from './timed-redis.js';
