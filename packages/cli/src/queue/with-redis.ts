import { type ConnectOptions, connectRedis } from './redis-connection.js';
import { explainRedisFailure } from './redis-errors.js';
import type { RedisUrl } from './redis-url.js';
import type { TimedRedis } from './timed-redis.js';

/**
 * Runs `use` with a connection to the queue's server (see `connectRedis`) and closes it after,
 * for the commands submit, worker and collect: a command that timed out or a connection that was
 * lost comes out as the message naming the URL (see `explainRedisFailure`), exit code 2.
 *
 * The connection is closed without QUIT: every command has been answered (or has failed) by
 * then, and QUIT is a command too, which a server that stopped answering would leave unanswered
 * for another 5 s.
 */
export async function withRedis<T>(
  url: RedisUrl,
  options: ConnectOptions,
  use: (redis: TimedRedis) => Promise<T>,
): Promise<T> {
  const redis = await connectRedis(url, options);
  try {
    return await use(redis);
  } catch (error) {
    throw explainRedisFailure(url, error);
  } finally {
    redis.disconnectNow();
  }
}
