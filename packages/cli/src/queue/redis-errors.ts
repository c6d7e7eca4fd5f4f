import { UsageError } from '../usage-error.js';
import type { RedisUrl } from './redis-url.js';
import { COMMAND_TIMEOUT_MS, CommandTimeoutError } from './timed-redis.js';

/*
 * What can go wrong with the queue's Redis server, as the messages the CLI prints (exit code 2):
 * each names the URL (password masked), what happened and what to check.
 */

/** The server could not be reached: connection refused, no route, wrong password, connection lost. */
export class RedisUnreachableError extends UsageError {
  constructor(url: RedisUrl, reason: string) {
    super(
      `Cannot reach the Redis server of the queue at ${url.display}: ${reason}. ` +
        'Is Redis running there and reachable from this machine, and is the URL (host, port, password, database) right?',
    );
  }
}

/** The server accepted the connection but did not answer (a command) within the time-out. */
export class RedisSilentError extends UsageError {
  constructor(url: RedisUrl, what = 'it accepted the connection, then sent nothing back') {
    super(
      `The Redis server at ${url.display} did not answer within ${COMMAND_TIMEOUT_MS / 1000} s: ${what}. ` +
        'Is it a Redis server (check the host and port), and is it running normally rather than stalled or paused?',
    );
  }
}

/** Something other than Redis answered on the port. */
export class NotRedisError extends UsageError {
  constructor(url: RedisUrl, answer: string) {
    super(
      `The server at ${url.display} is not a Redis server (it answered ${answer}). ` +
        'Check the host and port of the --queue URL: Redis listens on 6379 unless configured otherwise.',
    );
  }
}

/** The batch's definition has vanished from the server while its jobs were being run or waited for. */
export class BatchLostError extends UsageError {
  constructor(url: RedisUrl | string, batchId: string, context: string) {
    const server = typeof url === 'string' ? url : url.display;
    super(
      `Batch ${batchId} is no longer on the Redis server at ${server} (was Redis restarted without persistence?): ` +
        `${context}. Its stored results are gone: submit it again.`,
    );
  }
}

/**
 * The message of a command's failure after connecting: a {@link RedisSilentError} for a command
 * that timed out, a {@link RedisUnreachableError} for a connection closed or refused; any other
 * error (a bug, a Redis error reply) is returned as it is.
 */
export function explainRedisFailure(url: RedisUrl, error: unknown): unknown {
  if (error instanceof CommandTimeoutError) {
    return new RedisSilentError(url, `the command ${error.command} got no reply`);
  }
  if (!(error instanceof Error)) return error;
  if (error.message === 'Connection is closed.') {
    return new RedisUnreachableError(url, 'the connection was lost');
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return new RedisUnreachableError(url, error.message);
  return error;
}
