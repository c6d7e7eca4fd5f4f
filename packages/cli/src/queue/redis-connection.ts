import { Redis } from 'ioredis';
import { BatchError } from '../batch/batch-error.js';
import type { RedisUrl } from './redis-url.js';

/** How long the first connection may take before the server counts as unreachable, ms. */
export const CONNECT_TIMEOUT_MS = 5000;

/**
 * The Redis server of a `--queue` URL could not be reached (refused, timed out, wrong password,
 * no such host). A BatchError, so the CLI prints its message and exits with code 2.
 */
export class RedisUnreachableError extends BatchError {
  constructor(url: RedisUrl, reason: string) {
    super(
      `Cannot reach the Redis server of the queue at ${url.display}: ${reason}. ` +
        'Is Redis running there and reachable from this machine, and is the URL (host, port, password, database) right?',
    );
  }
}

/**
 * Opens a connection to the queue's Redis server and checks it with a PING, failing fast with a
 * {@link RedisUnreachableError} naming the URL (within {@link CONNECT_TIMEOUT_MS}) instead of
 * retrying forever, which is ioredis' default and would look like a hang.
 *
 * Once the first connection has succeeded, a dropped connection is retried with a backoff of up
 * to 5 s and commands wait for it (`maxRetriesPerRequest: null`, which BullMQ also requires of a
 * worker's connection): a Redis restart pauses workers and `collect` rather than failing them.
 *
 * RESP2 is asked for (`protocol: 2`) so that servers older than Redis 6, which lack HELLO,
 * work too; BullMQ needs Redis 5 or later.
 */
export async function connectRedis(url: RedisUrl): Promise<Redis> {
  let connected = false;
  const client = new Redis(url.href, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    protocol: 2,
    retryStrategy: (times) => (connected ? Math.min(200 * times, 5000) : null),
  });
  let lastError: Error | null = null;
  const onError = (error: Error) => {
    lastError = error;
  };
  client.on('error', onError);
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    // A connection that failed has ended already; disconnect() would then hold the process for
    // ioredis' 2 s disconnect timeout, waiting for a socket that is gone.
    if (client.status !== 'end') client.disconnect();
    const reason = (lastError ?? (error as Error)).message || String(error);
    throw new RedisUnreachableError(url, reason);
  }
  connected = true;
  return client;
}
