/** Shard `index` of `count` (0 <= index < count): one part of a batch run on its own machine or process. */
export interface Shard {
  /** Zero-based shard number, as Kubernetes' JOB_COMPLETION_INDEX and a Slurm `--array=0-(n-1)` give it. */
  index: number;
  /** Number of shards. */
  count: number;
}

/** A half-open range of replication indices [from, to). */
export interface ReplicationRange {
  /** First replication. */
  from: number;
  /** One past the last replication. */
  to: number;
}

/**
 * Parses `--shard i/n` ("0/4", "3/4"): i and n decimal integers with 0 <= i < n. Throws a
 * RangeError that quotes the text and says what is expected.
 */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const expected = 'expected "i/n" with whole numbers 0 <= i < n, e.g. "0/4" for the first of four shards';
  if (match === null) throw new RangeError(`--shard ${JSON.stringify(text)} is not valid: ${expected}`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(
      `--shard ${JSON.stringify(text)}: the shard count n must be a whole number from 1 to ${Number.MAX_SAFE_INTEGER}; ${expected}`,
    );
  }
  if (!Number.isSafeInteger(index) || index >= count) {
    throw new RangeError(
      `--shard ${JSON.stringify(text)}: the shard index i must be below n = ${count} (shards are numbered from 0); ${expected}`,
    );
  }
  return { index, count };
}

/** "i/n", the form {@link parseShard} reads. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The replications shard `shard` runs out of `total`: the contiguous block
 *
 *   [⌊index·total/count⌋, ⌊(index+1)·total/count⌋)
 *
 * The blocks partition 0..total−1 in order, their sizes differ by at most one, and they depend
 * only on (index, count, total). Contiguous blocks rather than i mod n: replications are
 * identically distributed, so interleaving buys no balance, while a block is a range that a
 * person can read in a manifest and a log. With more shards than replications, some are empty.
 */
export function shardRange(shard: Shard, total: number): ReplicationRange {
  if (!(Number.isSafeInteger(total) && total >= 0)) {
    throw new RangeError(`replication count must be an integer >= 0, got ${total}`);
  }
  checkShard(shard);
  return {
    from: Math.floor((shard.index * total) / shard.count),
    to: Math.floor(((shard.index + 1) * total) / shard.count),
  };
}

function checkShard(shard: Shard): void {
  const { index, count } = shard;
  if (
    !(Number.isSafeInteger(count) && count >= 1 && Number.isSafeInteger(index) && index >= 0 && index < count)
  ) {
    throw new RangeError(`shard must have integers 0 <= index < count, got ${index}/${count}`);
  }
}
