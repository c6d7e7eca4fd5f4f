/**
 * Where Landport keeps its work queue in Redis. Every key starts with `landport:`, so a server can
 * be shared with other applications; the database number in the URL (`redis://host:6379/3`)
 * separates whole sets of batches.
 *
 * - `landport:replications:*`: BullMQ's keys of the one queue all batches share (BullMQ prefix
 *   `landport`, queue `replications`), so that a worker serves any batch submitted to the server;
 * - `landport:batch:<id>`: a hash with the batch's definition (`spec`) and, once every job is on
 *   the queue, the number of jobs (`jobs`);
 * - `landport:batch:<id>:results`: a hash from replication index to that replication's stored
 *   output (see `packOutput`).
 */
export const QUEUE_PREFIX = 'landport';

/** Name of the BullMQ queue, under {@link QUEUE_PREFIX}. */
export const QUEUE_NAME = 'replications';

/** The Redis keys of batch `batchId`. */
export interface BatchKeys {
  /** Hash: `spec` (JSON `BatchSpec`) and `jobs` (set when the submission is complete). */
  readonly batch: string;
  /** Hash: replication index → packed output. */
  readonly results: string;
}

/** The keys of batch `batchId`. */
export function batchKeys(batchId: string): BatchKeys {
  const batch = `${QUEUE_PREFIX}:batch:${batchId}`;
  return { batch, results: `${batch}:results` };
}

/**
 * The BullMQ job id of job `index` of a batch, `<batch id>.<index>`: fixed by the batch and the
 * index, so that adding a job twice adds it once, and `collect` tells a batch's jobs from
 * another's by the prefix `<batch id>.` (batch ids have no dot). BullMQ forbids ':' and
 * all-digit ids; this has neither.
 */
export function jobId(batchId: string, index: number): string {
  return `${batchId}.${index}`;
}
