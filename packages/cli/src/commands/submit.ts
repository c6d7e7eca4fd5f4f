import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';
import { DEFAULT_ATTEMPTS, DEFAULT_BACKOFF_MS } from '../queue/queue-defaults.js';
import { queueOption } from '../queue/queue-options.js';
import { horizonFlag, quietFlag, replicationsFlag, seedFlag, setFlag, warmupFlag } from './common-options.js';

/** Most replications per job, as the docs state: larger jobs only unbalance the end of a batch. */
export const MAX_CHUNK = 20;

/** Options of `landport submit`. */
export interface SubmitOptions {
  queue: string;
  replications: string;
  seed: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  chunk?: string;
  attempts: string;
  backoff: string;
  quiet?: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/**
 * Declares `landport submit`: arguments, options and help. Its work is in submit-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerSubmit(program: Command): void {
  program
    .command('submit')
    .description(
      'Put a batch of replications on a Redis work queue for `landport worker`s to run; prints the batch id for `landport collect`.',
    )
    .argument('<scenario>', 'a built-in scenario name (see `landport scenarios`) or a JSON/YAML file')
    .addOption(queueOption())
    .addOption(replicationsFlag('replications', '50'))
    .addOption(seedFlag())
    .addOption(horizonFlag('override the horizon, e.g. 30d, 12h'))
    .addOption(warmupFlag('override the warm-up, e.g. 7d'))
    .addOption(setFlag())
    .option('--chunk <k>', `replications per job, 1 to ${MAX_CHUNK} (default ⌈n/100⌉)`)
    .option('--attempts <n>', 'tries of a failing job before it counts as failed', String(DEFAULT_ATTEMPTS))
    .option(
      '--backoff <ms>',
      'delay before the first retry; it doubles at each retry',
      String(DEFAULT_BACKOFF_MS),
    )
    .addOption(quietFlag('print only the batch id'))
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  BATCH=$(landport submit horgos-2024 -r 10000 --seed 7 --queue redis://10.0.0.5:6379)\n' +
        '  landport worker --queue redis://10.0.0.5:6379        # on each core of each machine\n' +
        '  landport collect "$BATCH" --queue redis://10.0.0.5:6379 --out results/h24',
    )
    .action(async (scenarioArg: string, options: SubmitOptions) => {
      const { submitAction } = await import('./submit-action.js');
      await submitAction(scenarioArg, options);
    });
}
