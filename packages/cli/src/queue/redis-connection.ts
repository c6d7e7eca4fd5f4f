import { NotRedisError, RedisSilentError, RedisUnreachableError } from './redis-errors.js';
import type { RedisUrl } from './redis-url.js';
import { TimedRedis } from './timed-redis.js';

/** How long connecting may take, ready check and PING included, before giving up, ms. */
export const CONNECT_TIMEOUT_MS = 5000;

/** The first byte of every Redis reply: the RESP2 and RESP3 type markers. */
const RESP_TYPES = new Set('+-:$*_,#!=(%~>|');

/** How a connection behaves once established. */
export interface ConnectOptions {
  /**
   * Reconnect after losing the connection (default true), commands waiting meanwhile: for the
   * worker and `collect`, which a Redis restart should pause rather than fail. False for a
   * one-shot command such as `submit`, whose commands then fail at once when the connection drops.
   */
  reconnect?: boolean;
}

/**
 * Opens a connection to the queue's Redis server and checks it with a PING, failing within
 * {@link CONNECT_TIMEOUT_MS} with a message naming the URL instead of retrying forever (ioredis'
 * default, which would look like a hang):
 * - a {@link RedisUnreachableError} if the connection is refused, times out or is rejected
 *   (a wrong password);
 * - a {@link RedisSilentError} if the server accepts the connection but does not answer;
 * - a {@link NotRedisError}, quoting the answer, if something else answers on that port.
 *
 * The client is a {@link TimedRedis}: every later command must be answered within 5 s too. Once
 * connected, a dropped connection is retried with a backoff of up to 5 s and commands wait for it
 * (`maxRetriesPerRequest: null`, which BullMQ also requires of a worker's connection), unless
 * `reconnect` is false. The client keeps an 'error' listener, so ioredis never prints its own
 * "Unhandled error event" reports with their stack traces; failures reach the caller as rejected
 * commands instead.
 *
 * RESP2 is asked for (`protocol: 2`) so that servers older than Redis 6, which lack HELLO,
 * work too; BullMQ needs Redis 5 or later.
 */
export async function connectRedis(url: RedisUrl, options: ConnectOptions = {}): Promise<TimedRedis> {
  const reconnect = options.reconnect ?? true;
  let connected = false;
  const client = new TimedRedis(url.href, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: null,
    protocol: 2,
    retryStrategy: (times) => (connected && reconnect ? Math.min(200 * times, 5000) : null),
  });
  let lastError: Error | null = null;
  client.on('error', (error: Error) => {
    lastError = error;
  });
  // The first bytes the server sends, to quote them if they are not a Redis reply.
  let accepted = false;
  let firstBytes: Buffer | null = null;
  client.once('connect', () => {
    accepted = true;
    client.stream.once('data', (chunk: Buffer) => {
      firstBytes = chunk;
    });
  });
  let deadline: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    deadline = setTimeout(() => resolve('late'), CONNECT_TIMEOUT_MS);
  });
  const ready = (async () => {
    await client.connect();
    await client.ping();
    return 'ready' as const;
  })();
  let outcome: 'ready' | 'late' | Error;
  try {
    outcome = await Promise.race([ready, late]);
  } catch (error) {
    outcome = error as Error;
  } finally {
    clearTimeout(deadline);
  }
  if (outcome === 'ready') {
    connected = true;
    return client;
  }
  ready.catch(() => {}); // it fails once disconnected; the failure is reported below
  client.disconnectNow();
  const received = firstBytes as Buffer | null;
  if (received !== null && !RESP_TYPES.has(String.fromCharCode(received[0] ?? 0))) {
    throw new NotRedisError(url, quoteAnswer(received));
  }
  if (outcome === 'late') {
    if (accepted) throw new RedisSilentError(url);
    throw new RedisUnreachableError(url, `no connection within ${CONNECT_TIMEOUT_MS / 1000} s`);
  }
  const reason = (lastError as Error | null)?.message || outcome.message || String(outcome);
  throw new RedisUnreachableError(url, reason);
}

/** The first line of a server's answer, quoted, at most 60 characters, control characters escaped. */
function quoteAnswer(bytes: Buffer): string {
  const line = bytes.toString('latin1').split(/\r?\n/)[0] ?? '';
  return JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line);
}
