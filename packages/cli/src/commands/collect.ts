import type { Command } from 'commander';
import { queueOption } from '../queue/queue-options.js';
import { jsonFlag, noChartsFlag, outFlag, quietFlag } from './common-options.js';

/** Options of `landport collect`. */
export interface CollectOptions {
  queue: string;
  out?: string;
  wait: boolean;
  retryFailed?: boolean;
  purge?: boolean;
  quiet?: boolean;
  json?: boolean;
  /** False with --no-charts. */
  charts: boolean;
}

/**
 * Declares `landport collect`: arguments, options and help. Its work is in collect-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerCollect(program: Command): void {
  program
    .command('collect')
    .description(
      'Wait for a batch on the work queue to finish, then write the same results folder as `landport run`.',
    )
    .argument('<batch-id>', 'the id `landport submit` printed')
    .addOption(queueOption())
    .addOption(outFlag('results folder (default results/<scenario>-seed<seed>)'))
    .option('--no-wait', 'do not wait: write the results if the batch is finished, else report its progress')
    .option('--retry-failed', "put the batch's failed jobs back on the queue first (after fixing the cause)")
    .option('--purge', 'delete the batch from Redis once its results are written')
    .addOption(quietFlag())
    .addOption(jsonFlag('the summary'))
    .addOption(noChartsFlag())
    .addHelpText(
      'after',
      '\nExample:\n  landport collect horgos-2024-3f9a2c1b --queue redis://10.0.0.5:6379 --out results/h24\n\n' +
        'Exit code 2 if the batch cannot be completed (jobs failed after all their tries: each is listed\n' +
        'with its error), is unknown, or the queue is unreachable; nothing is written then.',
    )
    .action(async (batchArg: string, options: CollectOptions) => {
      const { collectAction } = await import('./collect-action.js');
      await collectAction(batchArg, options);
    });
}
