import { millisecondsOption } from '../queue/queue-options.js';
import { parseRedisUrl } from '../queue/redis-url.js';
import type { WorkerOptions } from './worker.js';

/** `landport worker`, once commander has parsed its arguments (declared in worker.ts). */
export async function workerAction(options: WorkerOptions): Promise<void> {
  const url = parseRedisUrl(options.queue);
  const lockDurationMs = millisecondsOption('--lock-duration', options.lockDuration, 100);
  const stalledIntervalMs = millisecondsOption('--stalled-interval', options.stalledInterval, 100);
  // Loaded here, not above: BullMQ and ioredis would slow every other command's start.
  const { withRedis } = await import('../queue/with-redis.js');
  const { QueueWorker } = await import('../queue/queue-worker.js');
  const { BatchLostError } = await import('../queue/redis-errors.js');
  await withRedis(url, {}, async (redis) => {
    // Wall-clock times in the log are for operators; nothing computed depends on them.
    const log = (line: string) =>
      process.stderr.write(`${new Date().toISOString()} landport worker ${process.pid}: ${line}\n`);
    const worker = QueueWorker.start({
      redis,
      lockDurationMs,
      stalledIntervalMs,
      exitWhenEmpty: options.exitWhenEmpty === true,
      log: (line, kind) => {
        if (kind === 'problem' || options.quiet !== true) log(line);
      },
    });
    if (options.quiet !== true) log(`taking jobs from ${url.display}`);
    const onSignal = (name: NodeJS.Signals) => {
      if (worker.stopping) process.exit(130);
      log(`${name}: stopping after the job in progress`);
      void worker.close();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      await worker.done;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    // An empty queue is success only if no batch this worker served was lost on the way.
    const [lost, ...more] = worker.lostBatches;
    if (worker.stoppedWhenEmpty && lost !== undefined) {
      throw new BatchLostError(
        url,
        lost,
        `this worker was running one of its jobs when it vanished${more.length > 0 ? ` (and so were batches ${more.join(', ')})` : ''}; the queue is empty now`,
      );
    }
  });
}
