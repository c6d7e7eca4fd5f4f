import { Command, Redis, type RedisOptions } from 'ioredis';

/** How long a command sent to a connected Redis server may wait for its reply, ms. */
export const COMMAND_TIMEOUT_MS = 5000;

/** A command sent to a connected server had no reply within {@link COMMAND_TIMEOUT_MS}. */
export class CommandTimeoutError extends Error {
  override readonly name = 'CommandTimeoutError';

  /** @param command the command's name, upper case (e.g. HLEN, EVALSHA). */
  constructor(readonly command: string) {
    super(`Redis did not answer ${command} within ${COMMAND_TIMEOUT_MS / 1000} s`);
  }
}

/** The time-out armed for each command waiting for its reply. */
const timers = new WeakMap<Command, NodeJS.Timeout>();

/**
 * An ioredis client on which every command sent over a live connection must be answered within
 * {@link COMMAND_TIMEOUT_MS}, else it fails with a {@link CommandTimeoutError}: a server that
 * accepts connections but has stopped answering (stalled, a dead peer behind a proxy) is then
 * reported instead of waited for without end.
 *
 * Why not ioredis' own `commandTimeout`: it applies to every command, so it would cut short the
 * commands that are meant to wait, such as the `BZPOPMIN` by which an idle BullMQ worker waits
 * up to 10 s for a job (BullMQ bounds those with its own watchdog), and the commands held while
 * the connection is down, which wait for the reconnection so that a Redis restart pauses workers
 * and `collect` rather than failing them. Here the time-out
 * - skips blocking commands (ioredis' BLOCKING_COMMANDS list);
 * - starts when the command is written to a ready connection, and starts again if ioredis sends
 *   it once more after reconnecting;
 * - when it expires while the connection is down, lets the command wait for the reconnection.
 *
 * The copies BullMQ makes of the client (`duplicate()`, for a worker's connections) are of this
 * class too.
 */
export class TimedRedis extends Redis {
  override sendCommand(command: Command, stream?: Parameters<Redis['sendCommand']>[1]): unknown {
    if (this.status === 'ready' && !Command.checkFlag('BLOCKING_COMMANDS', command.name)) {
      this.armTimeout(command);
    }
    return super.sendCommand(command, stream);
  }

  // The base class's types are generic in the reply mapping, which this client leaves as it is.
  override duplicate(override?: Partial<RedisOptions>): ReturnType<Redis['duplicate']> {
    const options = { ...this.options, ...override } as RedisOptions & { replyMapping?: 'legacy' };
    return new TimedRedis(options) as ReturnType<Redis['duplicate']>;
  }

  /**
   * Closes the connection at once. ioredis' `disconnect()` half-closes the socket and waits up to
   * 2 s for the server to close its side, which a server that has stopped answering never does.
   * Every command must have been answered (or abandoned) first.
   */
  disconnectNow(): void {
    const stream = this.stream as Redis['stream'] | undefined;
    if (this.status !== 'end') this.disconnect();
    stream?.destroy();
  }

  private armTimeout(command: Command): void {
    clearTimeout(timers.get(command));
    const timer = setTimeout(() => {
      timers.delete(command);
      if (!command.isSettled && this.status === 'ready')
        command.reject(new CommandTimeoutError(command.name.toUpperCase()));
    }, COMMAND_TIMEOUT_MS);
    timers.set(command, timer);
    command.promise.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
  }
}
