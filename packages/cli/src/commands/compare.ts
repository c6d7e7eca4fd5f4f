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

export interface CompareOptions {
  replications: string;
  seed: string;
  workers?: string;
  horizon?: string;
  warmup?: string;
  set: string[];
  setA: string[];
  setB: string[];
  out?: string;
  quiet?: boolean;
  json?: boolean;
  /** False with --no-charts. */
  charts: boolean;
  allowLargeRun?: boolean;
  maxScenarioSize?: string;
  variant: string[];
  pairs?: string;
  adjust?: string;
  select?: string;
  delta?: string;
  pcs?: string;
}

/**
 * Declares `landport compare`: arguments, options and help. Its work is in compare-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerCompare(program: Command): void {
  program
    .command('compare')
    .description(
      'Run two scenarios on common random numbers and report paired differences A − B with confidence intervals.',
    )
    .argument('<a>', 'scenario A (built-in name or file)')
    .argument(
      '[b...]',
      'scenario B (built-in name or file); more scenarios, or --variant, for a many-way comparison',
    )
    .addOption(replicationsFlag('replications of each scenario', '20'))
    .addOption(seedFlag('master seed shared by both (common random numbers)'))
    .addOption(workersFlag())
    .addOption(horizonFlag('override both horizons, e.g. 30d'))
    .addOption(warmupFlag('override both warm-ups'))
    .addOption(setFlag('override a field of both scenarios (repeatable)'))
    .option('--set-a <path=value>', 'override a field of A only (repeatable)', collect, [])
    .option('--set-b <path=value>', 'override a field of B only (repeatable)', collect, [])
    .option(
      '--variant <path=value;...>',
      'a variant of scenario A with these overrides (repeatable): compares A and every variant (many-way)',
      collect,
      [],
    )
    .option('--pairs <base|all>', 'many-way: each variant against A (base, default) or every pair (all)')
    .option('--adjust <holm|bonferroni>', 'many-way: multiplicity adjustment (default holm)')
    .option('--select <metric=min|max>', 'many-way: select the best variant on this metric')
    .option('--delta <d>', "with --select: indifference zone, in the metric's unit")
    .option('--pcs <P*>', 'with --select: probability of correct selection (default 0.95)')
    .addOption(outFlag('results folder (default results/compare-<a>-<b>)'))
    .addOption(quietFlag())
    .addOption(jsonFlag('the comparison'))
    .addOption(noChartsFlag())
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      '\nExamples:\n  landport compare horgos-2023 horgos-2024 -r 40\n  landport compare horgos-2024 horgos-2024 --set-b stations.kz-control.lanes=12\n  landport compare horgos-2024 --variant stations.kz-control.lanes=10 --variant stations.kz-control.lanes=12 --select class.truck.crossingHours.mean=min --delta 0.5',
    )
    .action(async (aArg: string, others: string[], options: CompareOptions) => {
      const { compareAction } = await import('./compare-action.js');
      await compareAction(aArg, others, options);
    });
}
