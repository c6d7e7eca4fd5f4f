import { describe, expect, it } from 'vitest';
import { formatShard, parseShard, shardRange } from './shards.js';

describe('parseShard', () => {
  it('reads "i/n" with optional spaces', () => {
    expect(parseShard('0/4')).toEqual({ index: 0, count: 4 });
    expect(parseShard(' 3 / 4 ')).toEqual({ index: 3, count: 4 });
    expect(formatShard(parseShard('2/5'))).toBe('2/5');
  });

  it('rejects malformed text, quoting it', () => {
    for (const text of ['', '1', '1/', '/4', 'a/4', '1.5/4', '-1/4', '1/4/2']) {
      expect(() => parseShard(text), text).toThrow(
        new RangeError(
          `--shard ${JSON.stringify(text)} is not valid: expected "i/n" with whole numbers 0 <= i < n, e.g. "0/4" for the first of four shards`,
        ),
      );
    }
  });

  it('rejects an index not below the count, and a zero count', () => {
    expect(() => parseShard('4/4')).toThrow(
      /the shard index i must be below n = 4 \(shards are numbered from 0\)/,
    );
    expect(() => parseShard('0/0')).toThrow(
      /the shard count n must be a whole number from 1 to 9007199254740991/,
    );
    expect(() => parseShard('0/99999999999999999999')).toThrow(
      /the shard count n must be a whole number from 1 to/,
    );
  });
});

describe('shardRange', () => {
  it('partitions the replications into contiguous blocks whose sizes differ by at most one', () => {
    for (const [total, count] of [
      [20, 3],
      [1000, 7],
      [5, 5],
      [3, 8],
      [0, 2],
    ] as const) {
      const ranges = Array.from({ length: count }, (_, index) => shardRange({ index, count }, total));
      expect(ranges[0]!.from).toBe(0);
      expect(ranges[count - 1]!.to).toBe(total);
      for (let k = 1; k < count; k++) expect(ranges[k]!.from).toBe(ranges[k - 1]!.to);
      const sizes = ranges.map((r) => r.to - r.from);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  it('gives shard 1/3 of 20 replications the block [6, 13)', () => {
    expect(shardRange({ index: 1, count: 3 }, 20)).toEqual({ from: 6, to: 13 });
  });

  it('rejects an invalid shard or total', () => {
    expect(() => shardRange({ index: 3, count: 3 }, 10)).toThrow(
      'shard must have integers 0 <= index < count, got 3/3',
    );
    expect(() => shardRange({ index: 0, count: 1 }, -1)).toThrow(
      'replication count must be an integer >= 0, got -1',
    );
  });
});
