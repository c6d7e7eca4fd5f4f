import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';
import {
  horizonFlag,
  jsonFlag,
  outFlag,
  quietFlag,
  seedFlag,
  setFlag,
  warmupFlag,
} from './common-options.js';

export interface BatchMeansOptions {
  series: string;
  batches: string;
  seed: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  out?: string;
  quiet?: boolean;
  json?: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/**
 * Declares `landport batch-means`: arguments, options and help. Its work is in batch-means-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerBatchMeans(program: Command): void {
  program
    .command('batch-means')
    .description(
      'Steady-state mean of a recorded time-average from ONE long replication, by batch means, with the lag-1 check (no dated shocks allowed).',
    )
    .argument('<scenario>', 'a built-in scenario name or a JSON/YAML file, without dated shocks')
    .option(
      '--series <name>',
      'the series: inSystem (vehicles in the port) or station.<id>.waiting',
      'inSystem',
    )
    .option('--batches <b>', 'non-overlapping batches, 2 to 1000 (Schmeiser: 10 to 30)', '20')
    .addOption(seedFlag('master seed: the replication uses the streams of (seed, 0)'))
    .addOption(horizonFlag('override the horizon (make it long), e.g. 365d'))
    .addOption(warmupFlag('override the warm-up, e.g. 7d (see `landport warmup`)'))
    .addOption(setFlag('override a scenario field, e.g. shocks=[] (repeatable)'))
    .addOption(outFlag('results folder (default results/<scenario>-batch-means-seed<seed>)'))
    .addOption(quietFlag())
    .addOption(jsonFlag('the result'))
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  landport batch-means horgos-2024 --set shocks=[] --horizon 365d --warmup 2d --batches 20',
    )
    .action(async (scenarioArg: string, options: BatchMeansOptions) => {
      const { batchMeansAction } = await import('./batch-means-action.js');
      await batchMeansAction(scenarioArg, options);
    });
}
