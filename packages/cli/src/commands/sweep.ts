import type { Command } from 'commander';
import { allowLargeRunOption, collect, maxScenarioSizeOption } from '../options.js';
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

export interface SweepOptions {
  param: string[];
  metric: string[];
  replications: string;
  seed: string;
  workers?: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  out?: string;
  quiet?: boolean;
  json?: boolean;
  /** False with --no-charts. */
  charts: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
}

/**
 * Declares `landport sweep`: arguments, options and help. Its work is in sweep-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerSweep(program: Command): void {
  program
    .command('sweep')
    .description(
      'Run a scenario over a grid of one or two parameters, on common random numbers, one summary per point.',
    )
    .argument('<scenario>', 'a built-in scenario name or a JSON/YAML file')
    .requiredOption(
      '-p, --param <path=v1,v2,...>',
      'a parameter and its values (give one or two)',
      collect,
      [],
    )
    .option(
      '-m, --metric <name>',
      'metric to show in the table (repeatable; default: headline waits and throughput)',
      collect,
      [],
    )
    .addOption(replicationsFlag('replications per point', '10'))
    .addOption(seedFlag('master seed, the same at every point'))
    .addOption(workersFlag())
    .addOption(horizonFlag())
    .addOption(warmupFlag())
    .addOption(setFlag('override a scenario field at every point (repeatable)'))
    .addOption(outFlag('results folder (default results/sweep-<scenario>)'))
    .addOption(quietFlag())
    .addOption(jsonFlag('the sweep'))
    .addOption(noChartsFlag())
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      "\nExample:\n  landport sweep horgos-2024 --param stations.kz-control.lanes=6,8,10,12 --param 'classes.truck-in.arrivals.rate.perDay=40,80,160' -r 10",
    )
    .action(async (scenarioArg: string, options: SweepOptions) => {
      const { sweepAction } = await import('./sweep-action.js');
      await sweepAction(scenarioArg, options);
    });
}
