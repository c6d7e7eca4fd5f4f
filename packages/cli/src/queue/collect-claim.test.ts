import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchError } from '../batch/batch-error.js';
import { withCollectClaim } from './collect-claim.js';
import { connectRedis } from './redis-connection.js';
import { parseRedisUrl } from './redis-url.js';
import { startTestRedis, type TestRedis } from './test-redis.js';

const server = await startTestRedis(15);
const KEY = 'landport:batch:b1:collector';

describe.skipIf(server === null)('withCollectClaim', () => {
  let redis: Redis;

  beforeAll(async () => {
    redis = await connectRedis(parseRedisUrl((server as TestRedis).url));
  });

  afterAll(async () => {
    await redis.quit();
    await server?.stop();
  });

  it('refuses a second collect of the same batch while the first holds it, naming the first', async () => {
    let second: unknown = null;
    const first = await withCollectClaim(redis, 'b1', 'redis://test', async () => {
      second = await withCollectClaim(redis, 'b1', 'redis://test', async () => 'ran').catch(
        (e: unknown) => e,
      );
      // Another batch is not held up by this one's claim.
      return withCollectClaim(redis, 'b2', 'redis://test', async () => 'other batch ran');
    });
    expect(first).toBe('other batch ran');
    expect(second).toBeInstanceOf(BatchError);
    expect((second as Error).message).toMatch(
      new RegExp(
        `^Batch b1 on redis://test is being collected by another landport collect \\(pid ${process.pid} on `,
      ),
    );
  });

  it('releases the claim when the work ends, whether it returns or throws', async () => {
    await withCollectClaim(redis, 'b1', 'redis://test', async () => {});
    expect(await redis.exists(KEY)).toBe(0);
    await expect(
      withCollectClaim(redis, 'b1', 'redis://test', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await redis.exists(KEY)).toBe(0);
  });

  it('takes over a claim left by a killed collect once it expires, and never releases a claim it does not hold', async () => {
    // A killed collect's claim: still there for its time to live, then gone.
    await redis.set(KEY, JSON.stringify({ pid: 999_999, host: 'gone', since: 'then' }), 'PX', 200);
    await expect(withCollectClaim(redis, 'b1', 'redis://test', async () => 'ran')).rejects.toThrow(
      /collected by another landport collect \(pid 999999 on gone, since then\)/,
    );
    await sleep(300);
    expect(
      await withCollectClaim(redis, 'b1', 'redis://test', async () => {
        // Someone else's claim replaces ours (ours expired while we were stalled): ours must not delete it.
        await redis.set(KEY, 'someone else', 'PX', 10_000);
        return 'ran';
      }),
    ).toBe('ran');
    expect(await redis.get(KEY)).toBe('someone else');
    await redis.del(KEY);
  });
});
