import { type Command, Option } from 'commander';
import { allowLargeRunOption, collect, maxScenarioSizeOption } from '../options.js';
import { DEFAULT_MAX_FACTOR } from '../precision-options.js';
import {
  horizonFlag,
  jsonFlag,
  noChartsFlag,
  outFlag,
  quietFlag,
  replicationsFlag,
  seedFlag,
  setFlag,
  warmupFlag,
  workersFlag,
} from './common-options.js';

/** Options of `landport run`. */
export interface RunOptions {
  replications: string;
  seed: string;
  workers?: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  out?: string;
  resume?: boolean;
  shard?: string;
  quiet?: boolean;
  json?: boolean;
  /** False with --no-charts. */
  charts: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
  precision: string[];
  maxReplications?: string;
}

/**
 * Declares `landport run`: arguments, options and help. Its work is in run-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('Run N seeded replications of a scenario and summarise them with confidence intervals.')
    .argument('<scenario>', 'a built-in scenario name (see `landport scenarios`) or a JSON/YAML file')
    .addOption(replicationsFlag('replications (all shards together)', '50'))
    .addOption(seedFlag())
    .addOption(workersFlag())
    .addOption(horizonFlag('override the horizon, e.g. 30d, 12h'))
    .addOption(warmupFlag('override the warm-up, e.g. 7d'))
    .addOption(setFlag('override a scenario field, e.g. stations.kz-control.lanes=10 (repeatable)'))
    .addOption(outFlag('results folder (default results/<scenario>-seed<seed>)'))
    .option(
      '--precision <metric=half-width>',
      "run in rounds until this metric's 95% half-width is at most the target, relative (crossingHours.mean=2%) or in its unit (crossingHours.mean=0.5); repeatable",
      collect,
      [],
    )
    .option(
      '--max-replications <n>',
      `with --precision: stop at this many replications even if a target is not met (default ${DEFAULT_MAX_FACTOR} × --replications)`,
    )
    .option('--resume', 'continue an interrupted run in --out')
    .addOption(
      new Option('--shard <i/n>', 'run only shard i of n (0-based), then `landport merge` the folders'),
    )
    .addOption(quietFlag())
    .addOption(jsonFlag('the summary'))
    .addOption(noChartsFlag())
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExample:\n  landport run horgos-2024 --replications 40 --seed 7 --out results/h24\n  landport run horgos-2024 --set stations.kz-control.lanes=10 --horizon 30d',
    )
    .action(async (scenarioArg: string, options: RunOptions) => {
      const { runAction } = await import('./run-action.js');
      await runAction(scenarioArg, options);
    });
}
