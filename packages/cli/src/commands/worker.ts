import type { Command } from 'commander';
import { DEFAULT_LOCK_DURATION_MS, DEFAULT_STALLED_INTERVAL_MS } from '../queue/queue-defaults.js';
import { queueOption } from '../queue/queue-options.js';
import { quietFlag } from './common-options.js';

/** Options of `landport worker`. */
export interface WorkerOptions {
  queue: string;
  exitWhenEmpty?: boolean;
  lockDuration: string;
  stalledInterval: string;
  quiet?: boolean;
}

/**
 * Declares `landport worker`: arguments, options and help. Its work is in worker-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
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
    .addOption(quietFlag('log nothing but errors'))
    .addHelpText(
      'after',
      '\nExample:\n  for i in $(seq "$(nproc)"); do landport worker --queue redis://10.0.0.5:6379 & done; wait\n\n' +
        'Ctrl-C or SIGTERM: finish the job in progress, then stop; a second one stops at once\n' +
        '(the unfinished job goes back on the queue when its lock expires; finished replications are kept).',
    )
    .action(async (options: WorkerOptions) => {
      const { workerAction } = await import('./worker-action.js');
      await workerAction(options);
    });
}
