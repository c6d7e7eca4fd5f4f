import type { Redis } from 'ioredis';
import type { ReplicationOutput } from '../batch/replication.js';
import type { ReplicationRange } from '../batch/shards.js';
import { packOutput, unpackLine } from './packed-output.js';
import { batchKeys } from './queue-keys.js';

/** Outputs fetched per round trip when reading a batch back: ~7 MB for year-long replications. */
const READ_BATCH = 64;

/**
 * The outputs of a batch's replications in Redis: one hash per batch, field = replication index,
 * value = packed output (see `packOutput`).
 *
 * A replication stored twice is counted once: {@link ResultsStore.store} uses HSETNX, so the first
 * output stays and a second is dropped. Copies arise when a worker is presumed dead (its lock
 * expired) and its job is taken again while it is in fact still running, or when a job is retried
 * after some of its replications were stored; since a replication is a pure function of
 * (scenario, seed, index), the copies are equal anyway.
 */
export class ResultsStore {
  /** @param redis a connected client (see `connectRedis`). */
  constructor(private readonly redis: Redis) {}

  /** Stores `output` unless its replication is already stored; true if it was new. */
  async store(batchId: string, output: ReplicationOutput): Promise<boolean> {
    const added = await this.redis.hsetnx(
      batchKeys(batchId).results,
      String(output.replication),
      packOutput(output),
    );
    return added === 1;
  }

  /** Number of replications stored. */
  count(batchId: string): Promise<number> {
    return this.redis.hlen(batchKeys(batchId).results);
  }

  /** The replications of `range` not stored yet, ascending (one round trip). */
  async missing(batchId: string, range: ReplicationRange): Promise<number[]> {
    const key = batchKeys(batchId).results;
    const pipeline = this.redis.pipeline();
    for (let r = range.from; r < range.to; r++) pipeline.hexists(key, String(r));
    const replies = (await pipeline.exec()) ?? [];
    const missing: number[] = [];
    replies.forEach(([error, exists], k) => {
      if (error !== null) throw error;
      if (exists !== 1) missing.push(range.from + k);
    });
    return missing;
  }

  /**
   * The results-log lines of replications 0..total−1 in ascending order, fetched a few dozen at a
   * time, so memory stays bounded whatever the batch's size. Throws if one is missing.
   */
  async *lines(batchId: string, total: number): AsyncGenerator<string> {
    const key = batchKeys(batchId).results;
    for (let from = 0; from < total; from += READ_BATCH) {
      const fields: string[] = [];
      for (let r = from; r < Math.min(from + READ_BATCH, total); r++) fields.push(String(r));
      const values = await this.redis.hmgetBuffer(key, ...fields);
      for (let k = 0; k < values.length; k++) {
        const value = values[k];
        if (value === null || value === undefined) {
          throw new Error(`replication ${from + k} of batch ${batchId} is not stored (was it deleted?)`);
        }
        yield unpackLine(value);
      }
    }
  }

  /** Deletes every stored output of the batch. */
  async delete(batchId: string): Promise<void> {
    await this.redis.del(batchKeys(batchId).results);
  }
}
