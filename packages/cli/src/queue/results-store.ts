import type { ReplicationOutput, ReplicationRange } from '@landport/experiment';
import type { Redis } from 'ioredis';
import { packOutput, unpackLine } from './packed-output.js';
import { batchKeys } from './queue-keys.js';

/** Outputs fetched per round trip when reading a batch back: ~7 MB for year-long replications. */
const READ_BATCH = 64;

/**
 * Stores an output (HSETNX) only if the batch's definition still exists, atomically: 1 if stored,
 * 0 if that replication was stored already, -1 if the batch is gone.
 */
const STORE_IF_BATCH_EXISTS = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
return redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2])`;

/**
 * The batch an output was meant for has no definition on the server any more: lost in a restart
 * of Redis without persistence, or deleted (`collect --purge` deletes a batch only once all its
 * replications are stored, so a worker meets this only if the batch was lost or deleted by hand).
 */
export class BatchGoneError extends Error {
  override readonly name = 'BatchGoneError';

  constructor(readonly batchId: string) {
    super(`batch ${batchId} is no longer on the server`);
  }
}

/**
 * The outputs of a batch's replications in Redis: one hash per batch, field = replication index,
 * value = packed output (see `packOutput`), stored only while the batch's definition exists.
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

  /**
   * Stores `output` unless its replication is already stored; true if it was new. Throws a
   * {@link BatchGoneError}, storing nothing, if the batch's definition is not on the server:
   * outputs written after the batch was lost would stay in Redis for ever, collected by no one.
   */
  async store(batchId: string, output: ReplicationOutput): Promise<boolean> {
    const keys = batchKeys(batchId);
    const added = await this.redis.eval(
      STORE_IF_BATCH_EXISTS,
      2,
      keys.batch,
      keys.results,
      String(output.replication),
      packOutput(output),
    );
    if (added === -1) throw new BatchGoneError(batchId);
    return added === 1;
  }

  /** Whether the batch's definition is on the server. */
  async batchExists(batchId: string): Promise<boolean> {
    return (await this.redis.exists(batchKeys(batchId).batch)) === 1;
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
