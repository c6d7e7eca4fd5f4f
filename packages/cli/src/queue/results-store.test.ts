import type { ReplicationOutput } from '@landport/experiment';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeReplicationLine } from '../batch/replication-line.js';
import { batchKeys } from './queue-keys.js';
import { connectRedis } from './redis-connection.js';
import { parseRedisUrl } from './redis-url.js';
import { BatchGoneError, ResultsStore } from './results-store.js';
import { startTestRedis, type TestRedis } from './test-redis.js';

const server = await startTestRedis(11);

const output = (replication: number, wait: number): ReplicationOutput => ({
  replication,
  metrics: { wait, empty: Number.NaN },
});

describe.skipIf(server === null)('ResultsStore', () => {
  let redis: Redis;
  let store: ResultsStore;

  beforeAll(async () => {
    redis = await connectRedis(parseRedisUrl((server as TestRedis).url));
    store = new ResultsStore(redis);
    // Outputs are stored only for a batch whose definition is on the server.
    for (const id of ['b1', 'b2', 'b3', 'b4']) await redis.hset(batchKeys(id).batch, 'spec', '{}');
  });

  afterAll(async () => {
    await redis.quit();
    await server?.stop();
  });

  it('counts a replication stored twice once, keeping the first output', async () => {
    expect(await store.store('b1', output(0, 1.5))).toBe(true);
    expect(await store.store('b1', output(0, -1))).toBe(false);
    expect(await store.count('b1')).toBe(1);
    expect(await collectLines(store.lines('b1', 1))).toEqual([encodeReplicationLine(output(0, 1.5))]);
    expect(await store.missing('b1', { from: 0, to: 3 })).toEqual([1, 2]);
  });

  it('reads the outputs back in replication order, as the lines `landport run` logs', async () => {
    for (const r of [2, 0, 1]) await store.store('b2', output(r, r / 3));
    const lines = await collectLines(store.lines('b2', 3));
    expect(lines).toEqual([0, 1, 2].map((r) => encodeReplicationLine(output(r, r / 3))));
  });

  it('names the replication that is missing when reading a batch back', async () => {
    await store.store('b3', output(0, 1));
    await expect(collectLines(store.lines('b3', 2))).rejects.toThrow(
      /replication 1 of batch b3 is not stored/,
    );
  });

  it('reads batches larger than one round trip in order', async () => {
    const n = 150; // more than the 64 fetched per round trip
    await Promise.all(Array.from({ length: n }, (_, r) => store.store('b4', output(r, r))));
    const lines = await collectLines(store.lines('b4', n));
    expect(lines.map((line) => JSON.parse(line).replication)).toEqual(Array.from({ length: n }, (_, r) => r));
    await store.delete('b4');
    expect(await store.count('b4')).toBe(0);
  });

  it('stores nothing for a batch whose definition is not on the server, and says so', async () => {
    expect(await store.batchExists('gone')).toBe(false);
    expect(await store.batchExists('b1')).toBe(true);
    await expect(store.store('gone', output(0, 1))).rejects.toThrow(BatchGoneError);
    expect(await redis.exists(batchKeys('gone').results)).toBe(0);
  });
});

async function collectLines(lines: AsyncGenerator<string>): Promise<string[]> {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
}
