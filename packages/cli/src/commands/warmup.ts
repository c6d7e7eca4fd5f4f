import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';
import {
  horizonFlag,
  jsonFlag,
  outFlag,
  quietFlag,
  replicationsFlag,
  seedFlag,
  setFlag,
  workersFlag,
} from './common-options.js';

export interface WarmupOptions {
  replications: string;
  seed: string;
  workers?: string;
  horizon?: string;
  set: string[];
  out?: string;
  quiet?: boolean;
  json?: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/**
 * Declares `landport warmup`: arguments, options and help. Its work is in warmup-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerWarmup(program: Command): void {
  program
    .command('warmup')
    .description(
      'Suggest a warm-up: run replications started empty (warm-up 0) and apply MSER-5 to each recorded series, with a Welch chart.',
    )
    .argument('<scenario>', 'a built-in scenario name (see `landport scenarios`) or a JSON/YAML file')
    .addOption(replicationsFlag('replications started empty', '10'))
    .addOption(seedFlag())
    .addOption(workersFlag())
    .addOption(horizonFlag('override the horizon, e.g. 60d'))
    .addOption(setFlag())
    .addOption(outFlag('results folder (default results/<scenario>-warmup-seed<seed>)'))
    .addOption(quietFlag())
    .addOption(jsonFlag('the suggestions'))
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  landport warmup horgos-2024 --replications 10 --horizon 60d --out results/h24-warmup',
    )
    .action(async (scenarioArg: string, options: WarmupOptions) => {
      const { warmupAction } = await import('./warmup-action.js');
      await warmupAction(scenarioArg, options);
    });
}
