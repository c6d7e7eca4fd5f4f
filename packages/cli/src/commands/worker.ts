import type { Command } from 'commander';
import { DEFAULT_LOCK_DURATION_MS, DEFAULT_STALLED_INTERVAL_MS } from '../queue/queue-defaults.js';
import { millisecondsOption, queueOption } from '../queue/queue-options.js';
import { parseRedisUrl } from '../queue/redis-url.js';

/** Options of `landport worker`. */
interface WorkerOptions {
  queue: string;
  exitWhenEmpty?: boolean;
  lockDuration: string;
  stalledInterval: string;
  quiet?: boolean;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'Take jobs from a Redis work queue and run their replications, one at a time: start one per core, on as many machines as you like.',
    )
    .addOption(queueOption())
    .option(
      '--exit-when-empty',
      'stop once the queue holds no job (none waiting, retrying or running); exit code 2 if a batch this worker was running vanished from the server',
    )
    .option(
      '--lock-duration <ms>',
      "how long a job stays locked to a worker that stopped renewing it (a killed worker's job is taken again after this)",
      String(DEFAULT_LOCK_DURATION_MS),
    )
    .option(
      '--stalled-interval <ms>',
      'how often to look for jobs whose worker stopped',
      String(DEFAULT_STALLED_INTERVAL_MS),
    )
    .option('-q, --quiet', 'log nothing but errors')
    .addHelpText(
      'after',
      '\nExample:\n  for i in $(seq "$(nproc)"); do landport worker --queue redis://10.0.0.5:6379 & done; wait\n\n' +
        'Ctrl-C or SIGTERM: finish the job in progress, then stop; a second one stops at once\n' +
        '(the unfinished job goes back on the queue when its lock expires; finished replications are kept).',
    )
    .action(async (options: WorkerOptions) => {
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
    });
}
