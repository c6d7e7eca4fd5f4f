import type { Command } from 'commander';
import { allowLargeRunOption, maxScenarioSizeOption } from '../options.js';
import {
  horizonFlag,
  jsonFlag,
  noChartsFlag,
  outFlag,
  quietFlag,
  seedFlag,
  setFlag,
  warmupFlag,
  workersFlag,
} from './common-options.js';

export interface SizeOptions {
  station: string;
  target: string;
  level: string;
  initial: string;
  step: string;
  maxReplications: string;
  minLanes: string;
  maxLanes: string;
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
 * Declares `landport size`: arguments, options and help. Its work is in size-action.ts, imported only
 * when the command runs, so that `--help` and the other commands do not load what it needs.
 */
export function registerSize(program: Command): void {
  program
    .command('size')
    .description(
      'Find the smallest number of lanes at a station that meets a service target with the stated confidence.',
    )
    .argument('<scenario>', 'a built-in scenario name or a JSON/YAML file')
    .requiredOption('--station <id>', 'the station whose lanes are sized')
    .requiredOption('--target <expr>', "service target, e.g. 'p95 wait < 4h', 'mean queue < 20'")
    .option('--level <p>', 'confidence level of the decision', '0.95')
    .option('--initial <n>', 'replications per lane count to start with', '10')
    .option('--step <n>', 'replications added while the decision is unclear', '10')
    .option('--max-replications <n>', 'cap on replications per lane count', '80')
    .option('--min-lanes <n>', 'smallest lane count considered', '1')
    .option('--max-lanes <n>', 'largest lane count considered', '60')
    .addOption(seedFlag('master seed, the same at every lane count (common random numbers)'))
    .addOption(workersFlag())
    .addOption(horizonFlag())
    .addOption(warmupFlag())
    .addOption(setFlag())
    .addOption(outFlag('folder for size.json (default results/size-<scenario>-<station>)'))
    .addOption(quietFlag())
    .addOption(jsonFlag('the result'))
    .addOption(noChartsFlag('the chart'))
    .addOption(allowLargeRunOption())
    .addOption(maxScenarioSizeOption())
    .addHelpText(
      'after',
      "\nExample:\n  landport size horgos-2024 --station kz-control --target 'p95 wait < 4h'",
    )
    .action(async (scenarioArg: string, options: SizeOptions) => {
      const { sizeAction } = await import('./size-action.js');
      await sizeAction(scenarioArg, options);
    });
}
